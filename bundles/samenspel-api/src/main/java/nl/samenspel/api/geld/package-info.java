/**
 * Money. Every amount in Samenspel is an integer number of eurocents, as in the
 * iStandaarden messages; there is no floating point anywhere near money.
 */
@Export
@Version("1.0.0")
package nl.samenspel.api.geld;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
