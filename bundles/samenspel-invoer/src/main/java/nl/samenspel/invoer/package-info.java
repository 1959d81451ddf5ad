/**
 * Reading files whole or not at all, the same way in every module: a {@link nl.samenspel.invoer.Veldlezer}
 * collects every bad field of every record as a {@link nl.samenspel.invoer.Regelfout}, a
 * {@link nl.samenspel.invoer.CsvBestand} checks the header and hands over each line, and an
 * {@link nl.samenspel.invoer.Importresultaat} is the accepted or refused outcome with its report
 * and any warnings.
 * {@link nl.samenspel.invoer.Invoermodule} is what a module offers the exchange,
 * {@link nl.samenspel.invoer.Uitgaand} the node's outbox a module writes to in its own transaction.
 * {@link nl.samenspel.invoer.Privacypoort} refuses input that can carry personal data where there is
 * no pseudonym key, before it is parsed; {@link nl.samenspel.invoer.Begrensd} reads an upload within
 * its bound; {@link nl.samenspel.invoer.Archief} streams a ZIP's entries within theirs;
 * {@link nl.samenspel.invoer.Afgeschermd} writes kept files for the service account only;
 * {@link nl.samenspel.invoer.Wijziging} is why a stored record is sent again (never a silent replacement).
 * {@link nl.samenspel.invoer.Istandaardbericht} streams the iStandaard messages (iJw, iWmo) of the
 * types a module declares, and {@link nl.samenspel.invoer.Invoerbestand} reads an upload of a kind
 * as CSV, one message or an archive of messages.
 */
@Export
@Version("1.11.0")
package nl.samenspel.invoer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
