/**
 * Who may do what: the roles ({@link nl.samenspel.api.toegang.Rol}), the one table of rights
 * ({@link nl.samenspel.api.toegang.Bevoegdheid}), the annotation with which every REST operation
 * names its right ({@link nl.samenspel.api.toegang.Toegang}), and a node's identity in its
 * certificate ({@link nl.samenspel.api.toegang.Certificaat}). The bundle {@code samenspel-toegang}
 * authenticates (JAAS realm {@code samenspel}, bearer tokens), enforces and audits.
 */
@Export
@Version("1.4.0")
package nl.samenspel.api.toegang;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
