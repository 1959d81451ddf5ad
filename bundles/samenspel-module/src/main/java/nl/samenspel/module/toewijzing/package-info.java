/**
 * What every module that works by allocation shares (iJw and iWmo have the same life cycle): the
 * allocation's key, its start and stop of care with StatusAanlevering, the checks of a start,
 * stop or declaration against the stored allocation, and what an allocation commits in a period.
 * A module keeps its own allocation record and its own rules beyond these.
 */
@Export
@Version("1.3.0")
package nl.samenspel.module.toewijzing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
