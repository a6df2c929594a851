package org.allianceregistry.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.allianceregistry.shared.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * Tomcat answers some malformed requests (a bad escape in the path, say) before any
 * servlet runs, with an HTML page. This valve makes those answers problem responses too,
 * with nothing of the server's internals in them.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        String title = status != null ? status.getReasonPhrase() : "Error";
        String type = ProblemType.forStatus(code).uri().toString();
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"status\":" + code
                        + ",\"detail\":\"The request could not be processed: " + title + ".\"}");
                response.finishResponse();
            }
        }
        catch (IOException | IllegalStateException ignored) {
            // The client is gone or the response is committed: nothing more can be said.
        }
    }

}
