CREATE TABLE "breakdown_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"key" text NOT NULL,
	"names" jsonb NOT NULL,
	"color" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "breakdown_dictionary" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"category" text NOT NULL,
	"term" text NOT NULL,
	"element_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "breakdown_element_links" (
	"element_id" uuid NOT NULL,
	"linked_element_id" uuid NOT NULL,
	CONSTRAINT "breakdown_element_links_element_id_linked_element_id_pk" PRIMARY KEY("element_id","linked_element_id")
);
--> statement-breakpoint
CREATE TABLE "breakdown_elements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"category" text NOT NULL,
	"name" text NOT NULL,
	"board_id" text,
	"allow_hold" boolean DEFAULT true NOT NULL,
	"allow_drop_pickup" boolean DEFAULT false NOT NULL,
	"min_drop_gap_days" integer DEFAULT 0 NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "breakdown_elements_gap_check" CHECK ("breakdown_elements"."min_drop_gap_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "dismissed_suggestions" (
	"lineage_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	CONSTRAINT "dismissed_suggestions_lineage_id_entry_id_pk" PRIMARY KEY("lineage_id","entry_id")
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"country" char(2) NOT NULL,
	"address" text,
	"time_zone" text NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scene_elements" (
	"project_id" uuid NOT NULL,
	"lineage_id" uuid NOT NULL,
	"element_id" uuid NOT NULL,
	"source" text NOT NULL,
	"status" text NOT NULL,
	"quote" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scene_elements_lineage_id_element_id_pk" PRIMARY KEY("lineage_id","element_id")
);
--> statement-breakpoint
CREATE TABLE "scene_translations" (
	"project_id" uuid NOT NULL,
	"lineage_id" uuid NOT NULL,
	"language" text NOT NULL,
	"heading" text NOT NULL,
	"elements" jsonb NOT NULL,
	"file_name" text NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone NOT NULL,
	CONSTRAINT "scene_translations_lineage_id_language_pk" PRIMARY KEY("lineage_id","language")
);
--> statement-breakpoint
CREATE TABLE "sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"location_id" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "seconds_per_page" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "heading_words" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "scenes" ADD COLUMN "length_edited" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "scenes" ADD COLUMN "synopsis" text;--> statement-breakpoint
ALTER TABLE "script_drafts" ADD COLUMN "confidence" integer;--> statement-breakpoint
ALTER TABLE "breakdown_categories" ADD CONSTRAINT "breakdown_categories_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakdown_dictionary" ADD CONSTRAINT "breakdown_dictionary_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakdown_element_links" ADD CONSTRAINT "breakdown_element_links_element_id_breakdown_elements_id_fk" FOREIGN KEY ("element_id") REFERENCES "public"."breakdown_elements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakdown_element_links" ADD CONSTRAINT "breakdown_element_links_linked_element_id_breakdown_elements_id_fk" FOREIGN KEY ("linked_element_id") REFERENCES "public"."breakdown_elements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "breakdown_elements" ADD CONSTRAINT "breakdown_elements_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dismissed_suggestions" ADD CONSTRAINT "dismissed_suggestions_entry_id_breakdown_dictionary_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."breakdown_dictionary"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scene_elements" ADD CONSTRAINT "scene_elements_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scene_elements" ADD CONSTRAINT "scene_elements_element_id_breakdown_elements_id_fk" FOREIGN KEY ("element_id") REFERENCES "public"."breakdown_elements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scene_translations" ADD CONSTRAINT "scene_translations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scene_translations" ADD CONSTRAINT "scene_translations_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sets" ADD CONSTRAINT "sets_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sets" ADD CONSTRAINT "sets_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "breakdown_categories_project_key" ON "breakdown_categories" USING btree ("project_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "breakdown_dictionary_project_term_key" ON "breakdown_dictionary" USING btree ("project_id","category","term");--> statement-breakpoint
CREATE INDEX "breakdown_element_links_linked_idx" ON "breakdown_element_links" USING btree ("linked_element_id");--> statement-breakpoint
CREATE UNIQUE INDEX "breakdown_elements_project_category_name_key" ON "breakdown_elements" USING btree ("project_id","category","name");--> statement-breakpoint
CREATE UNIQUE INDEX "locations_project_name_key" ON "locations" USING btree ("project_id","name");--> statement-breakpoint
CREATE INDEX "scene_elements_element_idx" ON "scene_elements" USING btree ("element_id");--> statement-breakpoint
CREATE INDEX "scene_elements_project_idx" ON "scene_elements" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "scene_translations_project_idx" ON "scene_translations" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sets_project_name_key" ON "sets" USING btree ("project_id","name");--> statement-breakpoint
CREATE INDEX "sets_location_idx" ON "sets" USING btree ("location_id");