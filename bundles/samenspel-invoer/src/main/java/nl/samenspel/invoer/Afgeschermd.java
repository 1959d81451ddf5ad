package nl.samenspel.invoer;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files with personal data on a node's disk (refused files, processed originals, their reports):
 * readable by the service account only, folders {@code 0700}, files {@code 0600}, whatever the
 * umask. On a file system without POSIX permissions the files are written as they are.
 */
public final class Afgeschermd {

    private static final Set<PosixFilePermission> MAP = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> BESTAND = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private Afgeschermd() {
    }

    /** Makes the folder and its missing parents below {@code tot}; gives the folder itself 0700. */
    public static Path map(Path map) throws IOException {
        Files.createDirectories(map);
        beperk(map);
        return map;
    }

    /** Writes a file 0600 in a 0700 folder. */
    public static void schrijf(Path pad, byte[] inhoud) throws IOException {
        map(pad.getParent());
        Files.write(pad, inhoud);
        beperk(pad);
    }

    /** Gives an existing file 0600 or folder 0700. */
    public static void beperk(Path pad) throws IOException {
        if (POSIX && Files.exists(pad)) {
            Files.setPosixFilePermissions(pad, Files.isDirectory(pad) ? MAP : BESTAND);
        }
    }
}
