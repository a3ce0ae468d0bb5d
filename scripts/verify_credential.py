#!/usr/bin/env python3
"""An independent check of a Vaardig Open Badge (VC-JWT, EdDSA), for the tests: PyJWT and
`cryptography` from PyPI, no code of Vaardig's.

    verify_credential.py BASE_URL TOKEN_FILE

Fetches the issuer's keys (BASE_URL/api/v1/issuer/jwks.json) and the status list named in the
credential, verifies both signatures, and prints one JSON object: {"valid": true, "name", "issuer",
"revoked"} or {"valid": false, "error"}. Exits 0 only when the credential verifies.
"""
import base64
import gzip
import json
import sys
import urllib.request

import jwt


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as answer:
        return answer.read().decode()


def verified(token, keys):
    kid = jwt.get_unverified_header(token).get("kid")
    key = next(k for k in keys["keys"] if k.get("kid") == kid)
    return jwt.decode(token, jwt.PyJWK(key).key, algorithms=["EdDSA"], options={"verify_aud": False})


def revoked(status, keys):
    listed = verified(fetch(status["statusListCredential"]), keys)
    encoded = listed["credentialSubject"]["encodedList"]
    assert encoded.startswith("u"), "multibase base64url"
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    index = int(status["statusListIndex"])
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def main():
    base, token_file = sys.argv[1], sys.argv[2]
    token = open(token_file).read().strip()
    keys = json.loads(fetch(base + "/api/v1/issuer/jwks.json"))
    try:
        credential = verified(token, keys)
    except Exception as error:  # noqa: BLE001 - any failure means "not valid"
        print(json.dumps({"valid": False, "error": str(error)}))
        sys.exit(1)
    print(json.dumps({
        "valid": True,
        "name": credential["name"],
        "issuer": credential["issuer"]["name"],
        "revoked": revoked(credential["credentialStatus"], keys),
    }))


main()
