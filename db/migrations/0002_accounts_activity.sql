ALTER TYPE "public"."job_run_state" ADD VALUE 'waiting' BEFORE 'succeeded';--> statement-breakpoint
CREATE TABLE "account_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"account_id" uuid,
	"native_id" text NOT NULL,
	"kind" text NOT NULL,
	"attributes" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "account_entitlements" (
	"account_id" uuid NOT NULL,
	"entitlement_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"run_id" uuid,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_entitlements_account_id_entitlement_id_pk" PRIMARY KEY("account_id","entitlement_id")
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"native_id" text NOT NULL,
	"user_name" text,
	"display_name" text,
	"real_name" text,
	"email" text,
	"emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"title" text,
	"is_admin" boolean DEFAULT false NOT NULL,
	"is_owner" boolean DEFAULT false NOT NULL,
	"is_primary_owner" boolean DEFAULT false NOT NULL,
	"is_multi_channel_guest" boolean DEFAULT false NOT NULL,
	"is_single_channel_guest" boolean DEFAULT false NOT NULL,
	"is_bot" boolean DEFAULT false NOT NULL,
	"is_invited" boolean DEFAULT false NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"account_type" text DEFAULT 'human' NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"raw" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"identity_id" uuid,
	"correlation" text,
	"correlated_at" timestamp with time zone,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "correlation_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"identity_attribute" text NOT NULL,
	"account_attribute" text NOT NULL,
	"case_insensitive" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entitlements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"native_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"raw" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "access_log_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"ip" text DEFAULT '' NOT NULL,
	"user_agent" text DEFAULT '' NOT NULL,
	"username" text,
	"date_first" bigint NOT NULL,
	"date_last" bigint NOT NULL,
	"count" integer NOT NULL,
	"isp" text,
	"country" text,
	"region" text,
	"client" text DEFAULT 'other' NOT NULL,
	"first_synced_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_synced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_days" (
	"source_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"day" date NOT NULL,
	"accesses" integer DEFAULT 0 NOT NULL,
	"clients" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ips" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "activity_days_source_id_user_id_day_pk" PRIMARY KEY("source_id","user_id","day")
);
--> statement-breakpoint
CREATE TABLE "activity_sync_state" (
	"source_id" uuid PRIMARY KEY NOT NULL,
	"watermark" bigint,
	"first_sync_completed_at" timestamp with time zone,
	"last_sync_at" timestamp with time zone,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "billing_status" (
	"source_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"billing_active" boolean NOT NULL,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "billing_status_source_id_user_id_pk" PRIMARY KEY("source_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "schedule" text DEFAULT 'off' NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "delete_threshold_percent" integer DEFAULT 20 NOT NULL;--> statement-breakpoint
ALTER TABLE "account_changes" ADD CONSTRAINT "account_changes_run_id_job_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."job_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_changes" ADD CONSTRAINT "account_changes_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_changes" ADD CONSTRAINT "account_changes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_entitlements" ADD CONSTRAINT "account_entitlements_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_entitlements" ADD CONSTRAINT "account_entitlements_entitlement_id_entitlements_id_fk" FOREIGN KEY ("entitlement_id") REFERENCES "public"."entitlements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_entitlements" ADD CONSTRAINT "account_entitlements_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_entitlements" ADD CONSTRAINT "account_entitlements_run_id_job_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."job_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_identity_id_identities_id_fk" FOREIGN KEY ("identity_id") REFERENCES "public"."identities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "correlation_rules" ADD CONSTRAINT "correlation_rules_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "entitlements" ADD CONSTRAINT "entitlements_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_log_entries" ADD CONSTRAINT "access_log_entries_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_days" ADD CONSTRAINT "activity_days_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_sync_state" ADD CONSTRAINT "activity_sync_state_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_status" ADD CONSTRAINT "billing_status_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_changes_run_idx" ON "account_changes" USING btree ("run_id","kind");--> statement-breakpoint
CREATE INDEX "account_entitlements_entitlement_idx" ON "account_entitlements" USING btree ("entitlement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_source_native_key" ON "accounts" USING btree ("source_id","native_id");--> statement-breakpoint
CREATE INDEX "accounts_identity_idx" ON "accounts" USING btree ("identity_id");--> statement-breakpoint
CREATE INDEX "accounts_source_email_idx" ON "accounts" USING btree ("source_id",lower("email"));--> statement-breakpoint
CREATE INDEX "accounts_source_name_idx" ON "accounts" USING btree ("source_id","display_name");--> statement-breakpoint
CREATE INDEX "correlation_rules_source_idx" ON "correlation_rules" USING btree ("source_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "entitlements_source_kind_native_key" ON "entitlements" USING btree ("source_id","kind","native_id");--> statement-breakpoint
CREATE UNIQUE INDEX "access_log_entries_key" ON "access_log_entries" USING btree ("source_id","user_id","ip","user_agent");--> statement-breakpoint
CREATE INDEX "access_log_entries_user_idx" ON "access_log_entries" USING btree ("source_id","user_id","date_last");--> statement-breakpoint
CREATE INDEX "activity_days_day_idx" ON "activity_days" USING btree ("source_id","day");