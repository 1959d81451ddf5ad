/**
 * What every module that works by allocation shares (iJw and iWmo have the same life cycle): the
 * allocation's shared fields and key ({@link nl.samenspel.module.toewijzing.Toewijzingsbasis}), its
 * start and stop of care with StatusAanlevering and how they are read
 * ({@link nl.samenspel.module.toewijzing.Leveringlezer}), the checks of a start, stop or
 * declaration against the stored allocation ({@link nl.samenspel.module.toewijzing.Levering}), and
 * what an allocation commits in a period ({@link nl.samenspel.module.toewijzing.Omvang}). A module
 * keeps its own allocation record and its own rules beyond these; its table is
 * {@link nl.samenspel.module.toewijzing.opslag}'s.
 */
@Export
@Version("1.5.0")
package nl.samenspel.module.toewijzing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
