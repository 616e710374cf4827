CREATE TABLE "doc_client_owners" (
	"document_id" uuid NOT NULL,
	"client_id" bigint NOT NULL,
	"user_id" uuid NOT NULL,
	"seq" bigserial NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "doc_client_owners_document_id_client_id_pk" PRIMARY KEY("document_id","client_id")
);
--> statement-breakpoint
ALTER TABLE "doc_client_owners" ADD CONSTRAINT "doc_client_owners_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doc_client_owners" ADD CONSTRAINT "doc_client_owners_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "doc_client_owners_seq_idx" ON "doc_client_owners" USING btree ("document_id","seq");