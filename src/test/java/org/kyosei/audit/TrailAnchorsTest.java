package org.kyosei.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kyosei.support.MovableClock;

/**
 * Signed anchors against the attacks a hash chain and its head cannot show on their own: records cut off with the
 * head rewritten, the trail rewritten from some record on, and anchors forged without the key. Real files throughout.
 */
class TrailAnchorsTest {
    private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

    @TempDir
    Path tmp;

    private Path audit;
    private Path key;
    private Path anchorsDir;
    private MovableClock clock;

    @BeforeEach
    void folders() {
        audit = tmp.resolve("audit");
        key = tmp.resolve("keys").resolve(SigningKeys.DEFAULT_NAME);
        anchorsDir = tmp.resolve("audit-anchors");
        clock = new MovableClock(T0);
    }

    private TrailAnchors anchors() {
        return new TrailAnchors(audit, key, anchorsDir, clock);
    }

    private void record(FileAuditLog log, int count) {
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofSeconds(1));
            log.record(new AuditEvent(clock.instant(), "officer", "CLI", "ego", Map.of("ID", "P" + i), "CASE-7",
                    List.of("P" + i), "OK"));
        }
    }

    private Verification verifyWithAnchors() {
        return new TrailVerifier(audit).verify(AnchorFiles.read(anchorsDir, false),
                List.of(SigningKeys.loadPublic(SigningKeys.publicFileFor(key))));
    }

    @Test
    void recordsCutOffWithTheHeadRewrittenPassWithoutAnchorsButNotWithOne() {
        FileAuditLog log = new FileAuditLog(audit, FileAuditLog.DEFAULT_RETENTION, clock);
        record(log, 545);
        Anchor anchor = anchors().anchorHead().orElseThrow();
        assertThat(anchor.seq()).isEqualTo(545);
        log.close();

        TrailTampering.cutAndRewriteHead(audit, 533);
        assertThat(new TrailVerifier(audit).verify().intact()).as("the head alone cannot show this cut").isTrue();
        Verification result = verifyWithAnchors();
        assertThat(result.intact()).isFalse();
        assertThat(result.problem().orElseThrow())
                .startsWith("the trail ends at record 533 but an anchor signed " + anchor.time() + " saw record 545: "
                        + "records were cut off (" + anchorsDir.resolve("anchors-2026-12-07.jsonl"));
    }

    @Test
    void aTrailRewrittenWholeWithItsHeadDoesNotMatchTheAnchor() throws Exception {
        FileAuditLog log = new FileAuditLog(audit, FileAuditLog.DEFAULT_RETENTION, clock);
        record(log, 12);
        anchors().anchorHead();
        log.close();
        // another chain, just as well formed, of the same length, copied over the real one with its head
        Path other = tmp.resolve("other");
        try (FileAuditLog forged = new FileAuditLog(other, FileAuditLog.DEFAULT_RETENTION, clock)) {
            record(forged, 12);
        }
        Files.copy(other.resolve("trail.jsonl"), audit.resolve("trail.jsonl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(other.resolve("head"), audit.resolve("head"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(new TrailVerifier(audit).verify().intact()).isTrue();
        assertThat(verifyWithAnchors().problem().orElseThrow()).startsWith("record 12 is not the one an anchor signed ")
                .contains("the trail was rewritten at or before that record");
    }

    @Test
    void anAnchorForgedWithoutTheKeyIsNamedAsForged() throws Exception {
        FileAuditLog log = new FileAuditLog(audit, FileAuditLog.DEFAULT_RETENTION, clock);
        record(log, 5);
        Anchor real = anchors().anchorHead().orElseThrow();
        List<VerifyingKey> trusted = List.of(SigningKeys.loadPublic(SigningKeys.publicFileFor(key)));

        byte[] random = new byte[64];
        new java.security.SecureRandom().nextBytes(random);
        Anchor randomSignature = new Anchor(40, real.hash(), real.time(), real.keyId(), Base64.getEncoder().encodeToString(random));
        var otherPair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        SigningKey otherKey = new SigningKey(otherPair.getPrivate(), VerifyingKey.of(otherPair.getPublic()));
        Anchor otherKeySigned = Anchor.sign(new TrailHead(40, real.hash()), T0, otherKey);
        Anchor otherKeyPosing = new Anchor(40, real.hash(), otherKeySigned.time(), real.keyId(), otherKeySigned.signature());
        Anchor fieldChanged = new Anchor(real.seq() + 1, real.hash(), real.time(), real.keyId(), real.signature());

        for (Anchor forged : List.of(randomSignature, otherKeySigned, otherKeyPosing, fieldChanged)) {
            Path file = tmp.resolve("forged-anchor.json");
            AnchorFiles.write(file, forged);
            Verification result = new TrailVerifier(audit).verify(AnchorFiles.read(file, true), trusted);
            assertThat(result.intact()).as(forged.toString()).isFalse();
            assertThat(result.problem().orElseThrow()).startsWith(file + " is not signed by the audit key: forged or damaged");
        }
        Files.writeString(tmp.resolve("forged-anchor.json"), "{\"anchor\":\"kyosei-audit-anchor/1\",\"seq\":\"lots\"}\n");
        assertThat(new TrailVerifier(audit).verify(AnchorFiles.read(tmp.resolve("forged-anchor.json"), true), trusted)
                .problem().orElseThrow()).contains("is not a readable anchor").contains("forged or damaged");
        assertThat(new TrailVerifier(audit).verify(AnchorFiles.read(anchorsDir, true), List.of()).problem().orElseThrow())
                .as("anchors without a key to check them").contains("no public key to check them against");
    }

    @Test
    void anIntactTrailPassesEveryAnchorFromEveryWriter() {
        FileAuditLog log = new FileAuditLog(audit, FileAuditLog.DEFAULT_RETENTION, clock);
        TrailAnchors anchors = anchors();
        for (int round = 0; round < 3; round++) {
            record(log, 4);
            anchors.anchorHead();
        }
        Path report = tmp.resolve("reports/2026-W50");
        AnchorFiles.write(report.resolve(AnchorFiles.REPORT_FILE), anchors.signHead().orElseThrow());
        record(log, 2);                                        // records after the last anchor are fine
        List<AnchorFiles.Found> found = new ArrayList<>(AnchorFiles.read(anchorsDir, false));
        found.addAll(AnchorFiles.read(tmp.resolve("reports"), true));
        Verification result = new TrailVerifier(audit).verify(found,
                List.of(SigningKeys.loadPublic(SigningKeys.publicFileFor(key))));
        assertThat(result.intact()).as(result.problem().orElse("")).isTrue();
        assertThat(result.anchors()).isEqualTo(4);
        assertThat(result.lastSeq()).isEqualTo(14);
    }

    @Test
    void anAnchorOfRecordsSinceArchivedStillVerifies() throws Exception {
        FileAuditLog log = new FileAuditLog(audit, Duration.ofDays(400), clock);
        record(log, 6);
        anchors().anchorHead();
        clock.advance(Duration.ofDays(401));
        record(log, 2);                                        // archives records 1..6 first
        assertThat(audit.resolve("archive/trail-000000000001-000000000006.jsonl")).exists();
        Verification result = verifyWithAnchors();
        assertThat(result.intact()).as(result.problem().orElse("")).isTrue();
        assertThat(result.archived()).isEqualTo(6);
        assertThat(result.anchors()).isEqualTo(1);
    }

    @Test
    void onlyTheDurableHeadIsSignedAndPeriodicAnchorsAddNothingWhileIdle() throws Exception {
        FileAuditLog trail = new FileAuditLog(audit, FileAuditLog.DEFAULT_RETENTION, clock);
        WriteBehindAuditLog behind = new WriteBehindAuditLog(trail, Duration.ofHours(1));
        TrailAnchors anchors = anchors();
        assertThat(anchors.anchorHeadIfMoved()).as("no record yet").isEmpty();
        record(trail, 3);
        behind.record(new AuditEvent(clock.instant(), "web", "INVESTIGATOR", "GET /api/x", Map.of(), "C-1", List.of(), "OK"));
        assertThat(anchors.anchorHeadIfMoved().orElseThrow().seq()).as("record 4 is not on the disk yet").isEqualTo(3);
        assertThat(anchors.anchorHeadIfMoved()).as("the head did not move").isEmpty();
        List<String> failures = new ArrayList<>();
        PeriodicAnchors periodic = new PeriodicAnchors(anchors, Duration.ofHours(1), e -> failures.add(e.getMessage()));
        behind.close();
        periodic.close();
        trail.close();
        assertThat(failures).isEmpty();
        List<AnchorFiles.Found> found = AnchorFiles.read(anchorsDir, false);
        assertThat(found).extracting(f -> f.anchor().seq()).containsExactly(3L, 4L);
        assertThat(verifyWithAnchors().intact()).isTrue();
    }

    @Test
    void anAppendACrashCutShortIsSkippedButAnyOtherUnreadableAnchorIsNot() throws Exception {
        FileAuditLog log = new FileAuditLog(audit, FileAuditLog.DEFAULT_RETENTION, clock);
        record(log, 3);
        Path file = anchors().anchorHead().map(a -> anchorsDir.resolve("anchors-2026-12-07.jsonl")).orElseThrow();
        Files.writeString(file, "{\"anchor\":\"kyosei-audit-anc", java.nio.file.StandardOpenOption.APPEND);
        assertThat(verifyWithAnchors().intact()).isTrue();
        Files.writeString(file, "\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(verifyWithAnchors().problem().orElseThrow()).startsWith(file + " line 2 is not a readable anchor");
    }

    @Test
    void theSigningKeyIsMadeOnceOwnerOnlyWithItsPublicKeyBesideAndRefusedWhenOthersCanReadIt() throws Exception {
        SigningKey first = SigningKeys.loadOrCreate(key);
        assertThat(SigningKeys.loadOrCreate(key).verifying()).as("never overwritten").isEqualTo(first.verifying());
        assertThat(Files.readString(key, StandardCharsets.US_ASCII)).startsWith("-----BEGIN PRIVATE KEY-----");
        Path publicFile = tmp.resolve("keys/audit-signing.pub");
        assertThat(SigningKeys.loadPublic(publicFile)).isEqualTo(first.verifying());
        assertThat(Files.readString(publicFile)).startsWith("-----BEGIN PUBLIC KEY-----").doesNotContain("PRIVATE");
        if (TrailFolder.posix()) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
            Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> SigningKeys.loadOrCreate(key))
                    .isInstanceOf(AuditException.class).hasMessageContaining("readable by others");
        }
        assertThat(audit).as("nothing of the key inside the audit folder").doesNotExist();
    }

    @Test
    void theSignedTextIsFixedSoThatOthersCanCheckAnAnchorWithoutKyosei() {
        SigningKey signing = SigningKeys.loadOrCreate(key);
        Anchor anchor = Anchor.sign(new TrailHead(545, "ab".repeat(32)), Instant.parse("2026-12-07T10:15:30.123456Z"), signing);
        assertThat(new String(Anchor.signedText(anchor.seq(), anchor.hash(), anchor.time(), anchor.keyId()), StandardCharsets.UTF_8))
                .isEqualTo("kyosei-audit-anchor/1\n545\n" + "ab".repeat(32) + "\n2026-12-07T10:15:30.123Z\n" + anchor.keyId() + "\n");
        assertThat(Anchor.parse(anchor.json())).isEqualTo(anchor);
        assertThat(anchor.signedBy(signing.verifying())).isTrue();
    }
}
