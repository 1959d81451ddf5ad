#!/usr/bin/env bash
#
# pki/maak-test-pki.sh: a TEST PKI for two-way TLS between the Samenspel hub and the municipality
# nodes (Digikoppeling REST style: the party is identified by its OIN in the certificate subject's
# serialNumber attribute, OID 2.5.4.5, as in PKIoverheid certificates).
#
# NOT for production: the CA is a self-made test CA and the default password is public. Real nodes
# connect with PKIoverheid certificates and the real OIN's (see regional-config/gemeenten.csv).
#
# Usage: pki/maak-test-pki.sh <uitmap> [<gemeentecode>...]
#   e.g. pki/maak-test-pki.sh run/pki 0193 0166 0150 0148
# Environment: SAMENSPEL_PKI_WACHTWOORD  password of every store and key (default: samenspel-test,
#   a TEST password that is in this file and in the docs, so it protects nothing).
#
# Made in <uitmap> (all PKCS12 stores use the same password):
#   ca.p12                 CA key + self-signed cert, alias samenspel-test-ca; only needed to sign
#   ca.crt                 the CA cert (PEM), e.g. for curl --cacert
#   truststore.p12         only the CA cert (trusted entry, alias samenspel-test-ca)
#   hub.p12                hub key + chain, alias hub, CN=localhost, SAN dns:localhost,ip:127.0.0.1,
#                          SERIALNUMBER=<OIN of Zwolle 0193>, EKU serverAuth+clientAuth
#   server.p12             the HTTPS API's server key + chain of every dev instance, alias server,
#                          CN=localhost, SAN dns:localhost,ip:127.0.0.1, EKU serverAuth
#   knooppunt-<code>.p12   node key + chain, alias knooppunt, EKU clientAuth, subject
#                          CN=Samenspel knooppunt <naam>, O=Gemeente <naam>, SERIALNUMBER=<OIN>, C=NL
#
# Idempotent: an existing CA (ca.p12) is reused and only missing stores are made, so adding a node
# later keeps all earlier certificates valid. To start over, delete <uitmap>.
#
# Only the JDK's keytool is needed (it is always there with the JDK); openssl, when present, is used
# for an extra check of each chain (openssl verify) and of the subject's OID 2.5.4.5.

set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
GEMEENTEN_CSV=$(cd "$SCRIPT_DIR/.." && pwd)/regional-config/gemeenten.csv

WACHTWOORD=${SAMENSPEL_PKI_WACHTWOORD:-samenspel-test}
HUB_GEMEENTE=0193            # the hub runs for the region's central municipality, Zwolle
CA_ALIAS=samenspel-test-ca
CA_DNAME="CN=Samenspel test-CA, O=Samenspel (TEST), C=NL"
# Leaf certificates live 2 years. The CA lives longer so that a node added later (reusing the CA)
# still gets a full 2-year certificate that does not outlive its issuer.
GELDIG_DAGEN=730
CA_GELDIG_DAGEN=3650
# RSA 2048 + SHA-256: what PKIoverheid and Digikoppeling accept, and every TLS stack speaks.
SLEUTEL=(-keyalg RSA -keysize 2048 -sigalg SHA256withRSA)

usage() { sed -n '/^# Usage:/,/^#   a TEST/p' "${BASH_SOURCE[0]}" | sed -e 's/^# \{0,1\}//'; }
meld() { printf '[maak-test-pki] %s\n' "$*"; }
fout() { printf '[maak-test-pki] FOUT: %s\n' "$*" >&2; exit 1; }

if [[ $# -lt 1 || $1 == -h || $1 == --help ]]; then
    usage >&2
    exit 2
fi
UITMAP=$1
shift
CODES=("$@")

command -v keytool >/dev/null || fout "keytool niet gevonden: installeer een JDK (17 of nieuwer)"
[[ -r $GEMEENTEN_CSV ]] || fout "gemeentenlijst niet gevonden: $GEMEENTEN_CSV"
[[ ${#WACHTWOORD} -ge 6 ]] || fout "SAMENSPEL_PKI_WACHTWOORD moet minstens 6 tekens hebben (eis van keytool)"
HEEFT_OPENSSL=0
command -v openssl >/dev/null && HEEFT_OPENSSL=1

# Look up "naam<TAB>oin" for a CBS code in gemeenten.csv (skips '#' comments and the header line).
gemeente() {
    awk -F, -v code="$1" '
        /^[[:space:]]*#/ || /^[[:space:]]*$/ { next }
        { gsub(/\r/, "") }
        $1 == code { print $2 "\t" $3; found = 1; exit }
        END { exit !found }' "$GEMEENTEN_CSV"
}

# Escape a value for a keytool -dname (RFC 2253 special characters), e.g. a name with a comma.
dn_waarde() { printf '%s' "$1" | sed -e 's/[\\,+"<>;=]/\\&/g'; }

# Look every code up before anything is made, so a typo does not leave a half-made directory.
declare -A NAAM OIN
for code in "$HUB_GEMEENTE" "${CODES[@]}"; do
    [[ $code =~ ^[0-9]{4}$ ]] || fout "ongeldige gemeentecode '$code' (verwacht: 4 cijfers, bv. 0193)"
    regel=$(gemeente "$code") || fout "gemeentecode $code staat niet in $GEMEENTEN_CSV"
    NAAM[$code]=${regel%%$'\t'*}
    OIN[$code]=${regel#*$'\t'}
    [[ ${OIN[$code]} =~ ^[0-9]{20}$ ]] || fout "OIN van gemeente $code ('${OIN[$code]}') is geen 20 cijfers"
done

mkdir -p "$UITMAP"
UITMAP=$(cd "$UITMAP" && pwd)
WERK=$(mktemp -d)
trap 'rm -rf "$WERK"' EXIT

# keytool prints progress, warnings and its errors on stdout/stderr; keep them out of sight unless a
# step fails (every call through kt writes its result to a file, never to stdout).
kt() {
    if ! keytool "$@" >"$WERK/keytool.log" 2>&1; then
        cat "$WERK/keytool.log" >&2
        fout "keytool $1 mislukt"
    fi
}

GEMAAKT=()

# --- CA -----------------------------------------------------------------------------------------
if [[ -f $UITMAP/ca.p12 ]]; then
    keytool -list -alias "$CA_ALIAS" -keystore "$UITMAP/ca.p12" -storetype PKCS12 -storepass "$WACHTWOORD" \
        >/dev/null 2>&1 || fout "kan $UITMAP/ca.p12 niet openen (ander wachtwoord in SAMENSPEL_PKI_WACHTWOORD?)"
    meld "bestaande CA hergebruikt: $UITMAP/ca.p12"
else
    # A new CA would leave stores signed by the old one behind that nobody trusts any more: refuse.
    oud=()
    for f in "$UITMAP"/hub.p12 "$UITMAP"/server.p12 "$UITMAP"/knooppunt-*.p12; do
        [[ -e $f ]] && oud+=("$f")
    done
    if [[ ${#oud[@]} -gt 0 ]]; then
        fout "ca.p12 ontbreekt maar er staan al sleutels in $UITMAP (${oud[*]##*/}); zet ca.p12 terug of maak de map leeg"
    fi
    meld "nieuwe test-CA maken"
    rm -f "$UITMAP/ca.crt" "$UITMAP/truststore.p12"
    kt -genkeypair -alias "$CA_ALIAS" "${SLEUTEL[@]}" -dname "$CA_DNAME" -validity "$CA_GELDIG_DAGEN" \
        -ext bc:c=ca:true,pathlen:0 -ext ku:c=keyCertSign,cRLSign \
        -keystore "$UITMAP/ca.p12" -storetype PKCS12 -storepass "$WACHTWOORD"
    chmod 600 "$UITMAP/ca.p12"    # the CA key signs everything: only the owner may read it
    GEMAAKT+=(ca.p12)
fi

if [[ ! -f $UITMAP/ca.crt ]]; then
    kt -exportcert -rfc -alias "$CA_ALIAS" -keystore "$UITMAP/ca.p12" -storetype PKCS12 \
        -storepass "$WACHTWOORD" -file "$UITMAP/ca.crt"
    GEMAAKT+=(ca.crt)
fi

if [[ ! -f $UITMAP/truststore.p12 ]]; then
    # -noprompt: trust the CA cert without asking (it is our own, just exported).
    kt -importcert -noprompt -alias "$CA_ALIAS" -file "$UITMAP/ca.crt" \
        -keystore "$UITMAP/truststore.p12" -storetype PKCS12 -storepass "$WACHTWOORD"
    GEMAAKT+=(truststore.p12)
fi

# --- Leaf certificates ----------------------------------------------------------------------------
# maak_sleutel <bestand> <alias> <dname> <gencert -ext options...>
# Key pair in its own store, CSR, signed by the CA, then the chain (leaf + CA) replaces the
# self-signed cert. The extensions are set at signing time: keytool's gencert does not copy
# the request's extensions.
maak_sleutel() {
    local bestand=$1 alias=$2 dname=$3
    shift 3
    local store=$UITMAP/$bestand tmpstore=$WERK/$bestand
    rm -f "$tmpstore"
    kt -genkeypair -alias "$alias" "${SLEUTEL[@]}" -dname "$dname" -validity "$GELDIG_DAGEN" \
        -keystore "$tmpstore" -storetype PKCS12 -storepass "$WACHTWOORD"
    kt -certreq -alias "$alias" -keystore "$tmpstore" -storetype PKCS12 -storepass "$WACHTWOORD" \
        -file "$WERK/$alias.csr"
    kt -gencert -rfc -alias "$CA_ALIAS" -keystore "$UITMAP/ca.p12" -storetype PKCS12 \
        -storepass "$WACHTWOORD" -validity "$GELDIG_DAGEN" \
        -ext ku:c=digitalSignature,keyEncipherment "$@" \
        -infile "$WERK/$alias.csr" -outfile "$WERK/$alias.crt"
    # The reply holds the whole chain; -noprompt accepts the (not yet trusted) CA at its top,
    # so the store ends up with exactly one entry: the key with the chain leaf -> CA.
    cat "$WERK/$alias.crt" "$UITMAP/ca.crt" >"$WERK/$alias.chain"
    kt -importcert -noprompt -alias "$alias" -file "$WERK/$alias.chain" \
        -keystore "$tmpstore" -storetype PKCS12 -storepass "$WACHTWOORD"
    # Only now into the output directory: an interrupted run leaves no half-made store behind.
    mv "$tmpstore" "$store"
    GEMAAKT+=("$bestand")
}

if [[ ! -f $UITMAP/hub.p12 ]]; then
    meld "sleutel van de hub maken (CN=localhost, OIN ${OIN[$HUB_GEMEENTE]})"
    maak_sleutel hub.p12 hub \
        "CN=localhost, O=Gemeente $(dn_waarde "${NAAM[$HUB_GEMEENTE]}"), SERIALNUMBER=${OIN[$HUB_GEMEENTE]}, C=NL" \
        -ext eku=serverAuth,clientAuth -ext san=dns:localhost,ip:127.0.0.1
fi

if [[ ! -f $UITMAP/server.p12 ]]; then
    meld "servercertificaat voor de HTTPS-API van elke instantie maken (CN=localhost)"
    maak_sleutel server.p12 server "CN=localhost, O=Samenspel (TEST), C=NL" \
        -ext eku=serverAuth -ext san=dns:localhost,ip:127.0.0.1
fi

for code in "${CODES[@]}"; do
    bestand=knooppunt-$code.p12
    if [[ -f $UITMAP/$bestand ]]; then
        continue
    fi
    naam=$(dn_waarde "${NAAM[$code]}")
    meld "sleutel van knooppunt $code (${NAAM[$code]}) maken"
    maak_sleutel "$bestand" knooppunt \
        "CN=Samenspel knooppunt $naam, O=Gemeente $naam, SERIALNUMBER=${OIN[$code]}, C=NL" \
        -ext eku=clientAuth
done

# --- Check and report -----------------------------------------------------------------------------
# Every store in the directory (also ones from earlier runs) must hold one key entry whose chain
# ends at this CA and whose subject carries the OIN in serialNumber (2.5.4.5).
controleer() {
    local bestand=$1 alias=$2 oin=$3 doel=$4
    local store=$UITMAP/$bestand pem=$WERK/controle.pem eigenaar
    eigenaar=$(keytool -list -v -alias "$alias" -keystore "$store" -storetype PKCS12 \
        -storepass "$WACHTWOORD" 2>/dev/null | sed -n 's/^Owner: //p' | head -n 1)
    [[ -n $eigenaar ]] || fout "$bestand: geen sleutel met alias '$alias'"
    [[ $eigenaar == *"SERIALNUMBER=$oin"* ]] || fout "$bestand: onderwerp '$eigenaar' draagt OIN $oin niet"
    printf '  %-22s %s\n' "$bestand" "$eigenaar"
    if [[ $HEEFT_OPENSSL == 1 ]]; then
        kt -exportcert -rfc -alias "$alias" -keystore "$store" -storetype PKCS12 \
            -storepass "$WACHTWOORD" -file "$pem"
        openssl x509 -in "$pem" -noout -subject -nameopt oid,sep_comma_plus_space \
            | grep -q "2\.5\.4\.5=$oin" || fout "$bestand: OID 2.5.4.5 draagt OIN $oin niet"
        # -purpose also checks the extended key usage (sslserver / sslclient).
        openssl verify -CAfile "$UITMAP/ca.crt" -purpose "$doel" "$pem" >/dev/null \
            || fout "$bestand: openssl verify tegen ca.crt mislukt"
        printf '  %-22s %s\n' "" "openssl verify ($doel) tegen ca.crt: OK, geldig tot $(openssl x509 -in "$pem" -noout -enddate | cut -d= -f2)"
    fi
}

echo
if [[ ${#GEMAAKT[@]} -gt 0 ]]; then
    meld "gemaakt in $UITMAP: ${GEMAAKT[*]}"
else
    meld "niets nieuws: alles stond al in $UITMAP"
fi
meld "inhoud en controle (wachtwoord van alle stores: $( [[ -n ${SAMENSPEL_PKI_WACHTWOORD:-} ]] && echo 'uit SAMENSPEL_PKI_WACHTWOORD' || echo 'samenspel-test, TESTwachtwoord'))"
printf '  %-22s %s\n' ca.p12 "$(keytool -list -v -alias "$CA_ALIAS" -keystore "$UITMAP/ca.p12" -storetype PKCS12 \
    -storepass "$WACHTWOORD" 2>/dev/null | sed -n 's/^Owner: //p' | head -n 1) (alleen om te ondertekenen)"
printf '  %-22s %s\n' ca.crt "CA-certificaat (PEM), bv. voor curl --cacert"
printf '  %-22s %s\n' truststore.p12 "alleen het CA-certificaat, alias $CA_ALIAS"
controleer hub.p12 hub "${OIN[$HUB_GEMEENTE]}" sslserver
printf '  %-22s %s\n' server.p12 "$(keytool -list -v -alias server -keystore "$UITMAP/server.p12" -storetype PKCS12 \
    -storepass "$WACHTWOORD" 2>/dev/null | sed -n 's/^Owner: //p' | head -n 1) (HTTPS-API)"
shopt -s nullglob
for store in "$UITMAP"/knooppunt-*.p12; do
    bestand=${store##*/}
    code=${bestand#knooppunt-}
    code=${code%.p12}
    oin=${OIN[$code]:-}
    if [[ -z $oin ]]; then
        regel=$(gemeente "$code") || fout "$bestand: gemeentecode $code staat niet in $GEMEENTEN_CSV"
        oin=${regel#*$'\t'}
    fi
    controleer "$bestand" knooppunt "$oin" sslclient
done
shopt -u nullglob
[[ $HEEFT_OPENSSL == 1 ]] || meld "openssl niet gevonden: ketens niet extra gecontroleerd met openssl verify"
