/**
 * Communities: the groups a tenant runs on some channel, their owning client, assigned operators and status;
 * who may see which community is decided here.
 */
@NullMarked
package app.communityops.community;

import org.jspecify.annotations.NullMarked;
