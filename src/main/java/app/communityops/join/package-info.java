/**
 * The way in (C · Custom): a public join page per community, the links that carry it to each acquisition channel
 * with their QR codes, the groups' QR codes handed to the approved, and each applicant's status link
 * (docs/decisions/0051-the-way-in.md). Screening keeps the policy and decides; this module files applications
 * through {@code ScreeningService.apply} as a public applicant of one community, and owns only its four tables.
 */
@NullMarked
package app.communityops.join;

import org.jspecify.annotations.NullMarked;
