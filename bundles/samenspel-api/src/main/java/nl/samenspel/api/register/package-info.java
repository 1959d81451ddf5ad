/**
 * The regional register: municipalities, regions, memberships with their
 * periods, and key figures per year. Consumers ask {@link nl.samenspel.api.register.RegisterService}
 * for the current {@link nl.samenspel.api.register.Register}, an immutable snapshot that stays
 * consistent while they use it, even if the configuration is reloaded meanwhile.
 */
@Export
@Version("1.4.0")
package nl.samenspel.api.register;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
