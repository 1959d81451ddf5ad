package nl.samenspel.register.internal.laden;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenspel.api.register.Gemeente;
import nl.samenspel.api.register.Kerncijfer;
import nl.samenspel.register.internal.RegisterData;

/**
 * Reads {@code regional-config/} into a register, or refuses it as a whole with
 * every reason. Pure file reading and checking, no OSGi, so it is tested directly.
 */
public final class RegisterLader {

    private RegisterLader() {
    }

    public static Laadresultaat laad(Path configMap) {
        Fouten fouten = new Fouten();
        if (!Files.isDirectory(configMap)) {
            fouten.voegToe(configMap.toString(), "", "configuratiemap bestaat niet");
            return new Laadresultaat.Geweigerd(fouten.lijst());
        }
        List<Gemeente> gemeenten = GemeentenBestand.lees(configMap, fouten);
        Set<String> codes = gemeenten.stream().map(Gemeente::code).collect(Collectors.toUnmodifiableSet());
        List<Kerncijfer> kerncijfers = KerncijfersBestand.lees(configMap, codes, fouten);
        RegioBestanden.Inhoud regios = RegioBestanden.lees(configMap, codes, fouten);
        if (!fouten.isLeeg()) {
            return new Laadresultaat.Geweigerd(fouten.lijst());
        }
        try {
            return new Laadresultaat.Geladen(new RegisterData(vingerafdruk(configMap), gemeenten,
                    regios.regios(), regios.lidmaatschappen(), kerncijfers));
        } catch (IOException e) {
            fouten.voegToe(configMap.toString(), "", "onleesbaar: " + e.getMessage());
            return new Laadresultaat.Geweigerd(fouten.lijst());
        }
    }

    /** SHA-256 over the names and contents of the files the register is built from, in a fixed order. */
    static String vingerafdruk(Path configMap) throws IOException {
        List<Path> bestanden = new ArrayList<>();
        bestanden.add(configMap.resolve(GemeentenBestand.NAAM));
        bestanden.add(configMap.resolve(KerncijfersBestand.NAAM));
        try (var regios = Files.list(configMap.resolve(RegioBestanden.MAP))) {
            regios.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(bestanden::add);
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 hoort in elke JVM te zitten", e);
        }
        for (Path bestand : bestanden) {
            sha.update(configMap.relativize(bestand).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try (InputStream in = new java.security.DigestInputStream(Files.newInputStream(bestand), sha)) {
                in.transferTo(java.io.OutputStream.nullOutputStream()); // streamed: the fingerprint holds no file in memory
            }
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
