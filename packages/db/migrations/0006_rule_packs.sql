CREATE TABLE "rule_packs" (
	"project_id" uuid NOT NULL,
	"pack_id" text NOT NULL,
	"format" text NOT NULL,
	"source" text NOT NULL,
	"pack" jsonb NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" text NOT NULL,
	CONSTRAINT "rule_packs_project_id_pack_id_pk" PRIMARY KEY("project_id","pack_id")
);
--> statement-breakpoint
ALTER TABLE "rule_packs" ADD CONSTRAINT "rule_packs_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_packs" ADD CONSTRAINT "rule_packs_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;