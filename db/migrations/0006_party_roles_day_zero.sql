CREATE TYPE "public"."day_zero" AS ENUM('signature', 'entry_into_force');--> statement-breakpoint
CREATE TYPE "public"."party_role" AS ENUM('government', 'armed_movement', 'other_signatory', 'third_state');--> statement-breakpoint
ALTER TABLE "negotiations" ADD COLUMN "day_zero" "day_zero" DEFAULT 'signature' NOT NULL;--> statement-breakpoint
ALTER TABLE "parties" ADD COLUMN "role" "party_role" DEFAULT 'other_signatory' NOT NULL;--> statement-breakpoint
-- Existing negotiations keep what the clause library assumed before roles existed: the first party was {PARTY_A}, the government; the second {PARTY_B}, the armed movement.
UPDATE "parties" SET "role" = CASE WHEN "position" = 0 THEN 'government'::"party_role" WHEN "position" = 1 THEN 'armed_movement'::"party_role" ELSE 'other_signatory'::"party_role" END;
