/**
 * Accounts and sign-in: the people of a tenant (staff and client users), platform admins, passwords, languages,
 * and the Spring Security configuration that every route and service relies on.
 */
@NullMarked
package app.communityops.security;

import org.jspecify.annotations.NullMarked;
