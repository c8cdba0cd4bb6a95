"""CWE ids: short names and the parent classes of each weakness our rules and bandit's tests report.

Parents follow MITRE's Research Concepts view (CWE-1000, `ChildOf`), so that a question about a class also
finds its members: CWE-338 (a weak PRNG) is one kind of CWE-330 (randomness too weak), which is one kind of
the pillar CWE-693 (protection mechanism failure). One exception, marked below: CWE-328 (weak hash) also sits
under CWE-327 (broken crypto) as MITRE's simplified mapping view (CWE-1003) places it, because scanners,
bandit among them, report weak hashes as CWE-327. The table covers every id our rules and bandit use and
every ancestor of those; tests/test_cwe.py keeps it so.
"""

from __future__ import annotations

import functools

# Short names, in our own words; a report shows them beside the numbers. An id missing here is shown as its
# number alone.
CWE_NAMES = {
    "CWE-20": "input not validated",
    "CWE-22": "path traversal",
    "CWE-23": "relative path traversal",
    "CWE-73": "file name or path from outside",
    "CWE-74": "injection into a downstream component",
    "CWE-77": "command injection",
    "CWE-78": "OS command injection",
    "CWE-79": "cross-site scripting",
    "CWE-80": "script tags not neutralized (basic XSS)",
    "CWE-88": "argument injection",
    "CWE-89": "SQL injection",
    "CWE-90": "LDAP injection",
    "CWE-91": "XML injection",
    "CWE-93": "CRLF injection",
    "CWE-94": "code injection",
    "CWE-95": "eval injection",
    "CWE-98": "file inclusion (PHP)",
    "CWE-99": "resource identifier injection",
    "CWE-113": "HTTP response splitting (header injection)",
    "CWE-116": "output not encoded or escaped",
    "CWE-117": "log injection",
    "CWE-118": "indexable resource accessed wrongly",
    "CWE-119": "memory buffer bounds not kept",
    "CWE-120": "buffer overflow (unchecked copy)",
    "CWE-125": "out-of-bounds read",
    "CWE-129": "array index not validated",
    "CWE-134": "format string from outside",
    "CWE-138": "special elements not neutralized",
    "CWE-155": "wildcards not neutralized",
    "CWE-170": "string not null-terminated",
    "CWE-185": "regular expression wrong",
    "CWE-190": "integer overflow",
    "CWE-200": "sensitive data exposed",
    "CWE-203": "observable discrepancy",
    "CWE-208": "timing-unsafe comparison",
    "CWE-209": "error message reveals internals",
    "CWE-242": "inherently dangerous function",
    "CWE-258": "empty password",
    "CWE-259": "hard-coded password",
    "CWE-260": "password in a configuration file",
    "CWE-284": "access control missing or wrong",
    "CWE-285": "authorization missing or wrong",
    "CWE-287": "authentication missing or wrong",
    "CWE-290": "authentication bypassed by spoofing",
    "CWE-295": "certificate not validated",
    "CWE-311": "sensitive data not encrypted",
    "CWE-312": "sensitive data stored in clear text",
    "CWE-319": "cleartext transmission",
    "CWE-321": "hard-coded cryptographic key",
    "CWE-326": "key too weak",
    "CWE-327": "broken or risky crypto",
    "CWE-328": "weak hash",
    "CWE-329": "predictable IV with CBC",
    "CWE-330": "randomness too weak",
    "CWE-338": "non-cryptographic random for secrets",
    "CWE-344": "invariant value where it must change",
    "CWE-345": "data authenticity not verified",
    "CWE-347": "signature not verified",
    "CWE-352": "cross-site request forgery",
    "CWE-362": "race condition",
    "CWE-367": "time-of-check to time-of-use race",
    "CWE-377": "insecure temporary file",
    "CWE-400": "resources not limited",
    "CWE-404": "resource not released properly",
    "CWE-405": "asymmetric resource consumption",
    "CWE-407": "inefficient algorithmic complexity",
    "CWE-415": "double free",
    "CWE-416": "use after free",
    "CWE-441": "unintended proxy",
    "CWE-470": "class or code chosen by outside input (unsafe reflection)",
    "CWE-489": "debug code left active",
    "CWE-494": "download without integrity check",
    "CWE-501": "trust boundary violated",
    "CWE-502": "untrusted deserialization",
    "CWE-521": "weak password requirements",
    "CWE-522": "credentials not protected enough",
    "CWE-573": "caller breaks a specification",
    "CWE-601": "open redirect",
    "CWE-605": "several binds to one port",
    "CWE-610": "outside reference to a resource in another sphere",
    "CWE-611": "XML external entities",
    "CWE-614": "cookie without Secure",
    "CWE-625": "regular expression too permissive",
    "CWE-642": "critical state data controlled from outside",
    "CWE-643": "XPath injection",
    "CWE-657": "secure design principle violated",
    "CWE-664": "resource lifetime not controlled",
    "CWE-665": "initialization missing or wrong",
    "CWE-666": "operation in the wrong phase of a resource's life",
    "CWE-668": "resource exposed to the wrong sphere",
    "CWE-669": "resource moved between spheres wrongly",
    "CWE-671": "security not under the administrator's control",
    "CWE-672": "resource used after release",
    "CWE-675": "one-time operation repeated",
    "CWE-676": "potentially dangerous function",
    "CWE-680": "integer overflow to buffer overflow",
    "CWE-682": "incorrect calculation",
    "CWE-691": "control flow not managed",
    "CWE-693": "protection mechanism failure",
    "CWE-697": "incorrect comparison",
    "CWE-703": "exceptional conditions not handled",
    "CWE-704": "type conversion or cast wrong",
    "CWE-706": "name or reference resolved wrongly",
    "CWE-707": "neutralization missing or wrong",
    "CWE-710": "coding standard not followed",
    "CWE-732": "permissions too broad",
    "CWE-755": "exception handled wrongly",
    "CWE-760": "password hash with a predictable salt",
    "CWE-762": "memory released by the wrong routine",
    "CWE-763": "invalid pointer released",
    "CWE-787": "out-of-bounds write",
    "CWE-798": "hard-coded credentials",
    "CWE-805": "buffer accessed with a wrong length",
    "CWE-807": "security decision trusts outside input",
    "CWE-825": "expired pointer dereferenced",
    "CWE-829": "functionality from an untrusted sphere",
    "CWE-838": "output encoded for the wrong context",
    "CWE-843": "type confusion",
    "CWE-908": "uninitialized resource used",
    "CWE-913": "dynamically managed code not controlled",
    "CWE-915": "object attributes modified from outside",
    "CWE-916": "password hash too fast",
    "CWE-918": "server-side request forgery",
    "CWE-922": "sensitive data stored insecurely",
    "CWE-943": "query logic injection",
    "CWE-1004": "cookie without HttpOnly",
    "CWE-1104": "unmaintained third-party code",
    "CWE-1177": "prohibited code used",
    "CWE-1204": "weak initialization vector",
    "CWE-1285": "index or offset not validated",
    "CWE-1321": "prototype pollution",
    "CWE-1327": "bound to an unrestricted address",
    "CWE-1333": "regular expression with exponential backtracking",
    "CWE-1336": "template injection",
    "CWE-1341": "resource released twice",
    "CWE-1357": "component not trustworthy enough",
    "CWE-1390": "weak authentication",
    "CWE-1391": "weak credentials",
    "CWE-183": "permissive allow-list",
    "CWE-191": "integer underflow",
    "CWE-369": "divide by zero",
    "CWE-401": "memory leak",
    "CWE-457": "uninitialized variable",
    "CWE-476": "NULL pointer dereference",
    "CWE-562": "address of stack variable returned",
    "CWE-590": "free of non-heap memory",
    "CWE-754": "unchecked unusual condition",
    "CWE-758": "undefined behavior relied on",
    "CWE-770": "allocation without limits",
    "CWE-772": "resource not released",
    "CWE-789": "excessive allocation size",
    "CWE-863": "incorrect authorization",
    "CWE-942": "permissive cross-domain policy",
}

# child -> its parents (`ChildOf` in the Research Concepts view); pillars have none.
PARENTS: dict[int, tuple[int, ...]] = {
    20: (707,), 22: (706, 668), 23: (22,), 73: (610, 642), 74: (707,), 77: (74,), 78: (77,), 79: (74,),
    80: (79,), 88: (77,), 89: (943,), 90: (943,), 91: (74,), 93: (74,), 94: (74, 913), 95: (94,),
    98: (706, 829), 99: (74,), 113: (93,), 116: (707,), 117: (116,), 118: (664,), 119: (118,), 120: (787,),
    125: (119,), 129: (1285,), 134: (668,), 138: (707,), 155: (138,), 170: (707,), 185: (697,), 190: (682,),
    200: (668,), 203: (200,), 208: (203,), 209: (200, 755), 242: (1177,), 258: (260, 521), 259: (798,),
    260: (522,), 284: (), 285: (284,), 287: (284,), 290: (1390,), 295: (287,), 311: (693,), 312: (311, 922), 319: (311,),
    321: (798,), 326: (693,), 327: (693,),
    328: (326, 327),  # 327: the simplified mapping view (CWE-1003), see the module docstring
    329: (1204,), 330: (693,), 338: (330,), 344: (330,), 345: (693,), 347: (345,), 352: (345,), 362: (691,),
    367: (362,), 377: (668,), 400: (664,), 404: (664,), 405: (400,), 407: (405,), 415: (825, 1341), 416: (825,),
    441: (610,), 470: (610, 913), 489: (710,), 494: (345, 669), 501: (664,), 502: (913,), 521: (1391,),
    522: (1390,), 573: (710,), 601: (610,), 605: (675,), 610: (664,), 611: (610,), 614: (319,), 625: (185,),
    642: (668,), 643: (91, 943), 657: (710,), 664: (), 665: (664,), 666: (664,), 668: (664,), 669: (664,),
    671: (657,), 672: (666,), 675: (573,), 676: (1177,), 680: (190,), 682: (), 691: (), 693: (), 697: (),
    703: (), 704: (664,), 706: (664,), 707: (), 710: (), 732: (285, 668), 755: (703,), 760: (916,), 762: (763,),
    763: (404,), 787: (119,), 798: (344, 671, 1391), 805: (119,), 807: (693,), 825: (672,), 829: (669,),
    838: (116,), 843: (704,), 908: (665,), 913: (664,), 915: (913,), 916: (328,), 918: (441,), 922: (664,),
    943: (74,), 1004: (732,), 1104: (1357,), 1177: (710,), 1204: (330,), 1285: (20,), 1321: (915,),
    1327: (668,), 1333: (407,), 1336: (94,), 1341: (675,), 1357: (710,), 1390: (287,), 1391: (1390,),
    183: (697,), 191: (682,), 369: (682,), 401: (772,), 457: (908,), 476: (754,), 562: (758,), 590: (762,),
    754: (703,), 758: (710,), 770: (400, 665), 772: (404,), 789: (770,), 863: (285,), 942: (183, 863),
}


def cwe_name(cwe: str | None) -> str:
    """`CWE-89` -> `SQL injection`; empty for an id without a name here (or no id)."""
    return CWE_NAMES.get((cwe or "").upper(), "")


def cwe_number(cwe: str | None) -> int | None:
    """`CWE-89` (any case) -> 89; None for anything else."""
    text = (cwe or "").strip().upper()
    if not text.startswith("CWE-") or not text[4:].isdigit():
        return None
    return int(text[4:])


@functools.cache
def _depths(number: int) -> dict[int, int]:
    """A CWE (depth 0) and every ancestor with its distance, nearest first (breadth first; each once)."""
    depth = {number: 0}
    frontier = [number]
    while frontier:
        following = []
        for child in frontier:
            for parent in PARENTS.get(child, ()):
                if parent not in depth:
                    depth[parent] = depth[child] + 1
                    following.append(parent)
        frontier = following
    return depth


def ancestors(cwe: str | None) -> list[str]:
    """`CWE-338` -> `["CWE-330", "CWE-693"]`: its parent classes up to the pillar, nearest first."""
    number = cwe_number(cwe)
    return [f"CWE-{n}" for n in _depths(number) if n != number] if number is not None else []


def cwe_tags(cwe: str | None) -> list[str]:
    """SARIF tags of a CWE and its parent classes (`external/cwe/cwe-338`, `external/cwe/cwe-330`, ...)."""
    number = cwe_number(cwe)
    return [f"external/cwe/cwe-{n}" for n in _depths(number)] if number is not None else []


def ancestor_rows() -> list[tuple[str, str, int]]:
    """(cwe, ancestor, depth) for every CWE of the table, itself included at depth 0: the store's
    `cwe_ancestors` table, so that a join on `ancestor = 'CWE-330'` finds CWE-338 findings too."""
    return [(f"CWE-{number}", f"CWE-{n}", d) for number in sorted(PARENTS) for n, d in _depths(number).items()]


def fill_cwe_ancestors(con) -> None:
    """Fill a report's `cwe_ancestors` table (curator/schema/050_cwe.sql) from the table above, replacing
    what an older curator wrote. One INSERT of literal rows, since the schema is applied for every task of a
    sharded run; the values are our own `CWE-<int>` constants, never input."""
    values = ", ".join(f"('{c}', '{a}', {d})" for c, a, d in ancestor_rows())
    con.execute("DELETE FROM cwe_ancestors")
    con.execute(f"INSERT INTO cwe_ancestors VALUES {values}")


def related(a: str | None, b: str | None) -> bool:
    """Whether two CWE ids name one weakness at two levels: equal, or one a parent class of the other."""
    na, nb = cwe_number(a), cwe_number(b)
    if na is None or nb is None:
        return bool(a) and a == b
    return na == nb or nb in _depths(na) or na in _depths(nb)


def most_specific(cwes: list[str], prefer: str = "") -> str:
    """The CWE of `cwes` that no other one is a child of (CWE-338 over CWE-330); among siblings `prefer`
    when it is one of them, else the lowest id."""
    upper = sorted({c.upper() for c in cwes if c}, key=lambda c: cwe_number(c) or 0)
    leaves = [c for c in upper if not any(c in ancestors(other) for other in upper if other != c)]
    if prefer.upper() in leaves:
        return prefer.upper()
    return leaves[0] if leaves else prefer
