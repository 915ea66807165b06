CREATE TYPE "public"."source_status" AS ENUM('unconfigured', 'configured', 'healthy', 'failing');--> statement-breakpoint
CREATE TABLE "source_test_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"ok" boolean NOT NULL,
	"report" jsonb NOT NULL,
	"tested_by" text
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"connector" text NOT NULL,
	"owner_identity_id" uuid,
	"governance_group_id" uuid,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sealed_secret" text,
	"secret_hint" text,
	"status" "source_status" DEFAULT 'unconfigured' NOT NULL,
	"team_id" text,
	"last_test_at" timestamp with time zone,
	"last_test_ok" boolean,
	"last_data_run_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "source_test_results" ADD CONSTRAINT "source_test_results_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_owner_identity_id_identities_id_fk" FOREIGN KEY ("owner_identity_id") REFERENCES "public"."identities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_governance_group_id_governance_groups_id_fk" FOREIGN KEY ("governance_group_id") REFERENCES "public"."governance_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "source_test_results_source_at" ON "source_test_results" USING btree ("source_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_name_key" ON "sources" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "sources_connector_idx" ON "sources" USING btree ("connector");