// What this user may call on this installation, read from openapi.json: each operation carries its right
// and the roles that hold it (x-samenspel-rollen), so the pages follow the server's one table of rights.

export class Rechten {
  constructor(openapi, rollen) {
    this.paden = openapi.paths || {};
    this.rollen = new Set(rollen);
  }

  /** Whether the operation is installed here and one of the user's roles may call it. */
  mag(methode, pad) {
    const operatie = (this.paden[pad] || {})[methode.toLowerCase()];
    if (!operatie) {
      return false;
    }
    const rollen = operatie['x-samenspel-rollen'] || [];
    return rollen.some((r) => this.rollen.has(r));
  }

  /** Whether the operation is installed here at all. */
  bestaat(methode, pad) {
    return Boolean((this.paden[pad] || {})[methode.toLowerCase()]);
  }

  isHub() {
    return this.bestaat('get', '/knooppunten');
  }
}
