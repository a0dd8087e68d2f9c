package app.communityops.join;

import app.communityops.notification.AddressedMail;
import app.communityops.notification.MailOutbox;
import app.communityops.notification.NotificationTopic;
import app.communityops.notification.OutgoingMail;
import app.communityops.shared.Uuids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proof that someone holds the email address they give on a join page, before the tenant's records count for
 * them: a six-digit code mailed there, which they type back. A code lives {@link #CODE_VALID} and allows
 * {@link #TRIES} tries; a right one gives the page a proof token that the application carries for
 * {@link #PROOF_VALID}. The address, the code and the proof are kept as hashes, and a row goes after a day.
 */
@Component
class ContactProofs {

    static final Duration CODE_VALID = Duration.ofMinutes(15);
    static final int TRIES = 5;
    static final Duration PROOF_VALID = Duration.ofHours(2);
    static final Duration KEPT = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How a typed code fared. */
    enum Outcome { PROVEN, WRONG }

    record Checked(Outcome outcome, String proof) {

        static Checked wrong() {
            return new Checked(Outcome.WRONG, "");
        }
    }

    private final JdbcClient jdbc;
    private final MailOutbox outbox;

    ContactProofs(JdbcClient jdbc, MailOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** A new code for the address, mailed in the applicant's language; an earlier code of it stays valid. */
    void send(UUID communityId, String communityName, String email, Locale locale, Instant now) {
        String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        jdbc.sql("""
                        insert into join_contact_proof (tenant_id, id, community_id, contact_hash, code_hash, sent_at,
                                                        expires_at)
                        values (current_tenant_id(), ?, ?, ?, ?, ?, ?)""")
                .params(Uuids.v7(), communityId, contactHash(communityId, email), codeHash(communityId, code),
                        Timestamp.from(now), Timestamp.from(now.plus(CODE_VALID)))
                .update();
        outbox.queue(new AddressedMail(email, locale, NotificationTopic.APPLICATIONS,
                OutgoingMail.Text.of("join.mail.code.subject", code, communityName),
                List.of(OutgoingMail.Text.of("join.mail.code.body", code, CODE_VALID.toMinutes()),
                        OutgoingMail.Text.of("join.mail.code.notYou")),
                OutgoingMail.Text.of("join.mail.code.reason", communityName)));
    }

    /**
     * Checks a typed code against the address's newest live code, counting the try whatever the result; a right
     * one is used up and answers the proof token.
     */
    Checked check(UUID communityId, String email, String typed, Instant now) {
        Optional<Candidate> newest = jdbc.sql("""
                        update join_contact_proof set attempts = attempts + 1
                        where id = (select id from join_contact_proof
                                    where community_id = ? and contact_hash = ? and proven_at is null
                                      and expires_at > ? and attempts < ?
                                    order by sent_at desc limit 1
                                    for update)
                        returning id, code_hash""")
                .params(communityId, contactHash(communityId, email), Timestamp.from(now), TRIES)
                .query((rs, row) -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2))).optional();
        String digits = typed.replaceAll("[^0-9]", "");
        if (newest.isEmpty() || digits.length() != 6 || !MessageDigest.isEqual(
                newest.get().codeHash().getBytes(StandardCharsets.US_ASCII),
                codeHash(communityId, digits).getBytes(StandardCharsets.US_ASCII))) {
            return Checked.wrong();
        }
        String proof = JoinTokens.random();
        jdbc.sql("update join_contact_proof set proven_at = ?, proof_hash = ? where id = ?")
                .params(Timestamp.from(now), JoinTokens.sha256(proof), newest.get().id()).update();
        return new Checked(Outcome.PROVEN, proof);
    }

    /** Whether the proof token shows that {@code email} was proven in the community, recently enough to count. */
    boolean proves(UUID communityId, String proof, String email, Instant now) {
        return JoinTokens.wellFormed(proof) && jdbc.sql("""
                        select count(*) from join_contact_proof
                        where proof_hash = ? and community_id = ? and contact_hash = ? and proven_at > ?""")
                .params(JoinTokens.sha256(proof), communityId, contactHash(communityId, email),
                        Timestamp.from(now.minus(PROOF_VALID)))
                .query(Long.class).single() > 0;
    }

    /** Drops the current tenant's rows older than {@link #KEPT}; answers how many. */
    int purge(Instant now) {
        return jdbc.sql("delete from join_contact_proof where sent_at < ?").params(Timestamp.from(now.minus(KEPT)))
                .update();
    }

    private static String contactHash(UUID communityId, String email) {
        String hash = JoinTokens.emailHash(communityId, email);
        if (hash == null) {
            throw new IllegalArgumentException("no email address");
        }
        return hash;
    }

    /** With the community, so the same six digits hash differently in each; six digits alone are easy to list. */
    private static String codeHash(UUID communityId, String code) {
        return JoinTokens.sha256(communityId + ":code:" + code);
    }

    private record Candidate(UUID id, String codeHash) {
    }
}
