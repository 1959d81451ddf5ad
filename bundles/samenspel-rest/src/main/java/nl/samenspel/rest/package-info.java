/**
 * What a module needs to publish endpoints under {@code /api/v1}: the
 * application to select ({@link nl.samenspel.rest.SamenspelApi#APPLICATION_SELECT}),
 * the problem+json error type, parameter parsing that names the bad parameter, and JSON
 * read within the bounds on input ({@link nl.samenspel.rest.JsonInvoer}), and one page of a list of
 * stored records ({@link nl.samenspel.rest.Pagina}), and the active register or a 503
 * ({@link nl.samenspel.rest.Registerresource}).
 */
@Export
@Version("1.6.0")
package nl.samenspel.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
