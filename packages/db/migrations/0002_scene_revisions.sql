ALTER TABLE "scenes" ADD COLUMN "lineage_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "scenes" ADD COLUMN "revision" text DEFAULT 'first' NOT NULL;--> statement-breakpoint
ALTER TABLE "scenes" ADD COLUMN "content" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "script_drafts" ADD COLUMN "omitted_scenes" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
CREATE INDEX "scenes_lineage_idx" ON "scenes" USING btree ("lineage_id");