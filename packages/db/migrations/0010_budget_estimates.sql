CREATE TABLE "budget_estimates" (
	"budget_id" uuid NOT NULL,
	"account_code" text NOT NULL,
	"currency" char(3) NOT NULL,
	"amount_minor" bigint NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "budget_estimates_budget_id_account_code_pk" PRIMARY KEY("budget_id","account_code"),
	CONSTRAINT "budget_estimates_amount_check" CHECK ("budget_estimates"."amount_minor" >= 0)
);
--> statement-breakpoint
ALTER TABLE "budget_estimates" ADD CONSTRAINT "budget_estimates_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_estimates" ADD CONSTRAINT "budget_estimates_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;