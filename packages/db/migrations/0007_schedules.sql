CREATE TABLE "cast_terms" (
	"element_id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"daily_rate_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"home_country" char(2) NOT NULL,
	"travel_days" integer DEFAULT 1 NOT NULL,
	"available" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"blocked_dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "cast_terms_rate_check" CHECK ("cast_terms"."daily_rate_minor" >= 0),
	CONSTRAINT "cast_terms_travel_check" CHECK ("cast_terms"."travel_days" between 0 and 30),
	CONSTRAINT "cast_terms_currency_check" CHECK ("cast_terms"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "cast_terms_country_check" CHECK ("cast_terms"."home_country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "location_terms" (
	"location_id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"stage" boolean DEFAULT false NOT NULL,
	"available" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"blocked_dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "optimizer_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"schedule_id" uuid NOT NULL,
	"status" text NOT NULL,
	"seed" integer NOT NULL,
	"seconds" integer NOT NULL,
	"selection" jsonb,
	"instance" jsonb NOT NULL,
	"before" jsonb NOT NULL,
	"progress" jsonb,
	"result" jsonb,
	"error" text,
	"schedule_version" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "schedule_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schedule_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"date" text NOT NULL,
	"shift" text NOT NULL,
	"locked" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "schedule_strips" (
	"schedule_id" uuid NOT NULL,
	"lineage_id" uuid NOT NULL,
	"day_id" uuid,
	"position" integer NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	CONSTRAINT "schedule_strips_schedule_id_lineage_id_pk" PRIMARY KEY("schedule_id","lineage_id")
);
--> statement-breakpoint
CREATE TABLE "schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"first_date" text NOT NULL,
	"last_date" text NOT NULL,
	"weekly_days_off" jsonb DEFAULT '[6,7]'::jsonb NOT NULL,
	"days_off" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"settings" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "schedules_dates_check" CHECK ("schedules"."first_date" <= "schedules"."last_date")
);
--> statement-breakpoint
CREATE TABLE "shooting_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"shift_hours" integer DEFAULT 12 NOT NULL,
	"max_overtime_hours" integer DEFAULT 2 NOT NULL,
	"day_call_hour" integer DEFAULT 8 NOT NULL,
	"night_call_hour" integer DEFAULT 18 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "shooting_units_hours_check" CHECK ("shooting_units"."shift_hours" between 1 and 24),
	CONSTRAINT "shooting_units_overtime_check" CHECK ("shooting_units"."max_overtime_hours" >= 0 and "shooting_units"."shift_hours" + "shooting_units"."max_overtime_hours" <= 24),
	CONSTRAINT "shooting_units_call_check" CHECK ("shooting_units"."day_call_hour" between 0 and 23 and "shooting_units"."night_call_hour" between 0 and 23)
);
--> statement-breakpoint
ALTER TABLE "cast_terms" ADD CONSTRAINT "cast_terms_element_id_breakdown_elements_id_fk" FOREIGN KEY ("element_id") REFERENCES "public"."breakdown_elements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cast_terms" ADD CONSTRAINT "cast_terms_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "location_terms" ADD CONSTRAINT "location_terms_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "location_terms" ADD CONSTRAINT "location_terms_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "optimizer_runs" ADD CONSTRAINT "optimizer_runs_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "optimizer_runs" ADD CONSTRAINT "optimizer_runs_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "optimizer_runs" ADD CONSTRAINT "optimizer_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "optimizer_runs" ADD CONSTRAINT "optimizer_runs_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_days" ADD CONSTRAINT "schedule_days_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_days" ADD CONSTRAINT "schedule_days_unit_id_shooting_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."shooting_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_strips" ADD CONSTRAINT "schedule_strips_schedule_id_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_strips" ADD CONSTRAINT "schedule_strips_day_id_schedule_days_id_fk" FOREIGN KEY ("day_id") REFERENCES "public"."schedule_days"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shooting_units" ADD CONSTRAINT "shooting_units_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cast_terms_project_idx" ON "cast_terms" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "location_terms_project_idx" ON "location_terms" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "optimizer_runs_schedule_idx" ON "optimizer_runs" USING btree ("schedule_id");--> statement-breakpoint
CREATE UNIQUE INDEX "schedule_days_key" ON "schedule_days" USING btree ("schedule_id","unit_id","date");--> statement-breakpoint
CREATE INDEX "schedule_days_unit_idx" ON "schedule_days" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "schedule_strips_day_idx" ON "schedule_strips" USING btree ("day_id");--> statement-breakpoint
CREATE UNIQUE INDEX "schedules_project_name_key" ON "schedules" USING btree ("project_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "schedules_published_key" ON "schedules" USING btree ("project_id") WHERE "schedules"."status" = 'published';--> statement-breakpoint
CREATE UNIQUE INDEX "shooting_units_project_name_key" ON "shooting_units" USING btree ("project_id","name");