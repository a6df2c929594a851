package org.allianceregistry.readcache;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether a request's Accept-Encoding (RFC 9110 §12.5.3) lets the response be gzip-coded.
 */
final class AcceptEncoding {

    private AcceptEncoding() {
    }

    static boolean acceptsGzip(@Nullable String header) {
        if (header == null) {
            return false;
        }
        Boolean wildcard = null;
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            boolean acceptable = qualityOf(parts) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return acceptable;
            }
            if (coding.equals("*")) {
                wildcard = acceptable;
            }
        }
        return Boolean.TRUE.equals(wildcard);
    }

    private static double qualityOf(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                    && parameter.charAt(1) == '=') {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                }
                catch (NumberFormatException unparseable) {
                    return 0;
                }
            }
        }
        return 1;
    }

}
