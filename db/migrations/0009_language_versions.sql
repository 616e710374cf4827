CREATE TABLE "provision_alignments" (
	"document_id" uuid NOT NULL,
	"clause_key" text NOT NULL,
	"counterpart_hashes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"out_of_step_since" timestamp with time zone,
	"aligned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"aligned_by" uuid,
	CONSTRAINT "provision_alignments_document_id_clause_key_pk" PRIMARY KEY("document_id","clause_key")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "version_of" uuid;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "authentic" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "provision_alignments" ADD CONSTRAINT "provision_alignments_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provision_alignments" ADD CONSTRAINT "provision_alignments_aligned_by_users_id_fk" FOREIGN KEY ("aligned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_version_of_documents_id_fk" FOREIGN KEY ("version_of") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_version_of_idx" ON "documents" USING btree ("version_of");