package nl.samenspel.uitwisseling.internal.bewaren;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpruimerTest {

    @TempDir
    Path map;

    @Test
    void deletesFilesPastTheirRetentionInEveryFolderBelowAndKeepsTheRest() throws Exception {
        Instant nu = Instant.parse("2026-12-07T03:00:00Z");
        Path oud = Files.writeString(Files.createDirectories(map.resolve("jeugdhulp/toewijzingen")).resolve("oud.csv"), "x;y\n");
        Path rapport = Files.writeString(map.resolve("jeugdhulp/toewijzingen/oud.csv.rapport.txt"), "rapport");
        Path jong = Files.writeString(map.resolve("jeugdhulp/toewijzingen/jong.csv"), "x;y\n");
        Files.setLastModifiedTime(oud, FileTime.from(nu.minus(Duration.ofDays(31))));
        Files.setLastModifiedTime(rapport, FileTime.from(nu.minus(Duration.ofDays(31))));
        Files.setLastModifiedTime(jong, FileTime.from(nu.minus(Duration.ofDays(29))));

        Opruimer.Uitkomst u = Opruimer.ruimOp(new Opruimer.Bewaarplaats("klaar", map, Duration.ofDays(30)), nu);

        assertThat(u.verwijderd()).isEqualTo(2);
        assertThat(u.bewaard()).isEqualTo(1);
        assertThat(u.bytes()).isEqualTo(4 + 7);
        assertThat(oud).doesNotExist();
        assertThat(rapport).doesNotExist();
        assertThat(jong).exists();
    }

    @Test
    void aMissingFolderIsNothingToDo() {
        Opruimer.Uitkomst u = Opruimer.ruimOp(new Opruimer.Bewaarplaats("fout", map.resolve("nergens"), Duration.ofDays(90)), Instant.now());
        assertThat(u.verwijderd()).isZero();
        assertThat(u.bewaard()).isZero();
    }
}
