CREATE TABLE "activity_user_summary" (
	"source_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"last_active" bigint,
	"days_from" date,
	"days" bit varying DEFAULT '' NOT NULL,
	CONSTRAINT "activity_user_summary_source_id_user_id_pk" PRIMARY KEY("source_id","user_id")
);
--> statement-breakpoint
DROP INDEX "access_log_entries_key";--> statement-breakpoint
DROP INDEX "access_log_entries_user_idx";--> statement-breakpoint
ALTER TABLE "activity_user_summary" ADD CONSTRAINT "activity_user_summary_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The uuid key goes first: a table has one primary key, and the natural key takes its place.
ALTER TABLE "access_log_entries" DROP COLUMN "id";--> statement-breakpoint
ALTER TABLE "access_log_entries" ADD CONSTRAINT "access_log_entries_key" PRIMARY KEY("source_id","user_id","ip","user_agent");--> statement-breakpoint
-- Existing activity is summarised once here (same as rebuildUserSummary in lib/activity/user-summary.ts);
-- syncs keep the summary from then on.
INSERT INTO "activity_user_summary" ("source_id", "user_id", "last_active", "days_from", "days")
SELECT coalesce(l.source_id, d.source_id), coalesce(l.user_id, d.user_id), l.last_active, d.days_from, coalesce(d.days, ''::varbit)
FROM (
  SELECT source_id, user_id, max(date_last) AS last_active FROM "access_log_entries" GROUP BY source_id, user_id
) l
FULL JOIN (
  SELECT source_id, user_id, min(day) AS days_from, string_agg(repeat('0', coalesce(day - prev - 1, 0)) || '1', '' ORDER BY day)::varbit AS days
  FROM (SELECT source_id, user_id, day, lag(day) OVER (PARTITION BY source_id, user_id ORDER BY day) AS prev FROM "activity_days") t
  GROUP BY source_id, user_id
) d ON d.source_id = l.source_id AND d.user_id = l.user_id;