/**
 * C — Custom, acquire and screen: a community's positioning (Who / Where / Why), its screening policy (How: the
 * five mechanisms combined with ALL or ANY), the evaluation of applications against it, the review queue,
 * invitation codes, red lines and the elimination of members who cross them or fall silent.
 */
@NullMarked
package app.communityops.screening;

import org.jspecify.annotations.NullMarked;
