--liquibase formatted sql

--changeset communityops:mail-outbox-distributable-1
-- The outbox as decision 0028 wants every tenant table, so it can be distributed by tenant: no identity (one counter
-- shared by every tenant, handed out in ranges per node) and no foreign key that would set a tenant column to null.
-- seq is now the tenant's own queue position, given by the insert (the tenant's highest plus one, in the inserting
-- transaction); two transactions queueing at the same instant may share a number, and the id breaks the tie: they
-- had no order between them anyway. recipient_id stays without a key: a message outlives its recipient's account,
-- and the outbox must still show whom it was for.
alter table mail_outbox alter column seq drop identity;
alter table mail_outbox drop constraint mail_outbox_tenant_id_recipient_id_fkey;
-- The insert reads the tenant's highest seq; the outbox screen lists by it, newest first.
create index mail_outbox_seq_ix on mail_outbox (tenant_id, seq);
