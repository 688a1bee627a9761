CREATE TABLE "scenes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draft_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"number" text,
	"heading" text NOT NULL,
	"setting" text,
	"location" text NOT NULL,
	"time" text,
	"time_text" text,
	"story_day" text,
	"characters" jsonb NOT NULL,
	"eighths" integer NOT NULL,
	"screen_seconds" integer NOT NULL,
	"line" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "script_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"script_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"color" text NOT NULL,
	"title" text,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"encoding" text NOT NULL,
	"elements" jsonb NOT NULL,
	"warnings" jsonb NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scripts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"episode_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "scenes" ADD CONSTRAINT "scenes_draft_id_script_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."script_drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "script_drafts" ADD CONSTRAINT "script_drafts_script_id_scripts_id_fk" FOREIGN KEY ("script_id") REFERENCES "public"."scripts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "script_drafts" ADD CONSTRAINT "script_drafts_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scripts" ADD CONSTRAINT "scripts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scripts" ADD CONSTRAINT "scripts_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "scenes_draft_position_key" ON "scenes" USING btree ("draft_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "script_drafts_script_number_key" ON "script_drafts" USING btree ("script_id","number");--> statement-breakpoint
CREATE INDEX "scripts_project_idx" ON "scripts" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "scripts_project_episode_key" ON "scripts" USING btree ("project_id","episode_id");