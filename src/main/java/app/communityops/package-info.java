/** CommunityOps: the application root. */
@NullMarked
package app.communityops;

import org.jspecify.annotations.NullMarked;
