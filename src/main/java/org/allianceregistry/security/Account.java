package org.allianceregistry.security;

import org.jspecify.annotations.Nullable;

/**
 * An account from configuration ({@code registry.editor.*}, {@code registry.reader.*}). A
 * password written as {@code {bcrypt}$2a$...} is taken as already hashed; any other is
 * hashed at start-up and never kept in plain text.
 */
record Account(@Nullable String username, @Nullable String password) {

    static final Account NONE = new Account(null, null);

    boolean configured() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }
}
