package org.allianceregistry.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.allianceregistry.dataset.ParsedDataset.ParsedFile;

/** SHA-256 of the uploaded files, each and all together. */
final class DatasetFiles {

    private DatasetFiles() {
    }

    static ParsedFile describe(String name, byte[] content, int rows) {
        return new ParsedFile(name, HexFormat.of().formatHex(sha256().digest(content)), content.length, rows);
    }

    /**
     * The hash of an import's content: its files' names and hashes, in name order. The
     * same files give the same hash, so importing them again changes nothing.
     */
    static String contentHash(List<ParsedFile> files) {
        MessageDigest digest = sha256();
        files.stream().sorted(Comparator.comparing(ParsedFile::name)).forEach(file -> {
            digest.update(file.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.sha256().getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", impossible);
        }
    }

}
