/**
 * OAuth2 token sources for client authors: client credentials and the password grant with refresh tokens.
 * A client builds its token source from the credentials its builder takes; users never handle one.
 */
@NullMarked
package io.workbridge.client.spi.auth;

import org.jspecify.annotations.NullMarked;
