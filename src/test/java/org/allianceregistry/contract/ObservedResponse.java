package org.allianceregistry.contract;

import org.jspecify.annotations.Nullable;

/**
 * A response as a client saw it, with the request it answered.
 *
 * @param method the request's method ({@code GET}, {@code PATCH}, …)
 * @param path the request's path, without the query
 * @param status the response's status
 * @param contentType the response's {@code Content-Type}, or {@code null} if it had none
 * @param body the response's body as sent (decoded from gzip if it was sent coded)
 */
public record ObservedResponse(String method, String path, int status, @Nullable String contentType, byte[] body) {

}
