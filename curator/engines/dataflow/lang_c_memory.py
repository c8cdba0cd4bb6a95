"""C/C++ memory checks for the C walk: buffer sizes, constant lengths, frees and allocations, in one function.

`CWalk` inherits these. A rule opts in with `check: <name>` (see `CHECKS`) instead of sources and sinks; what
it needs the walk already knows (constants, branches that leave, names overwritten), and this module adds:
- `sizes`: bytes (and element size) of arrays declared with a constant length, of `malloc(50)`/`alloca`/
  `new char[50]` results and of pointers set to them (`data = buf`);
- `ints`: names holding a known integer (`n = 20;`), and `lengths`: names holding a string of known length
  (`strcpy(s, "abc")`, `memset(s, 'A', 99)`);
- `freed`: names passed to `free`/`delete` (or moved from, or erased) and not assigned since; `allocated`:
  how a name was allocated (`malloc`, `new`, `new[]`, the stack) for mismatched releases; `bounded`: names
  compared with an upper limit; `products`: names holding an unchecked `a * b`;
- `uninit`: locals declared without a value; `nulls`: pointers set to NULL and not tested since;
- `checked_paths`: paths tested with `access`/`stat` before they are opened.
All of these follow the walk's branches: a branch that leaves drops what it did; after an `if`, a size or
constant counts only when every path that goes on agrees, a free or a missing value when one path has it.
"""

from __future__ import annotations

import functools
import re

import tree_sitter as ts

from curator.engines.dataflow.lang_c_numbers import NUMBER
from curator.engines.dataflow.walk import _strip_address
from curator.ruleset import Rule

# check name -> what it reports (documentation; the rules name these in `check:`)
CHECKS = {
    "copy-exceeds-buffer": "a copy, read or loop with a constant length larger than the destination's size",
    "allocation-size-product": "an allocation whose size multiplies a value nobody bounded",
    "use-after-free": "a freed pointer dereferenced or passed on before it is assigned again",
    "double-free": "a pointer freed twice with no assignment in between",
    "mismatched-release": "memory released by the wrong function (`free` of `new`, `delete` of `new[]`)",
    "toctou-access": "a path checked with access()/stat() and then opened by name",
    "non-literal-format": "a printf-style format that is neither a literal nor a constant buffer",
    "non-constant-command": "a shell command (system/popen, `sh -c`) that is not a constant or checked value",
    "formatted-command": "a buffer printf-formatted or strcat-extended from non-constant text, then run by a shell",
    "formatted-sql": "an SQL statement printf-formatted (`%s`) from a value that is not a constant",
    "stream-into-array": "C++: `std::cin >> buf` into a char array with no `std::setw` width",
    "uninitialized-use": "a local scalar or pointer read before anything was assigned to it",
    "null-dereference": "a pointer set to NULL dereferenced with no test or assignment in between",
    "memory-leak": "memory allocated into a local that is neither freed, returned nor handed on by the end",
    "stack-address-returned": "a function returning a pointer returns the address of its own local",
    "unbounded-copy": "strcpy/strcat/sprintf(%s) from a source not known to fit the destination",
    "free-not-heap": "free/delete of an array, an alloca() block or a pointer set to one",
    "hardcoded-crypto-key": "a constant passed as the key or IV of a cipher or MAC",
}

TYPE_SIZES = {"char": 1, "signed char": 1, "unsigned char": 1, "uchar": 1, "int8_t": 1, "uint8_t": 1,
              "BYTE": 1, "byte": 1, "TCHAR": 1, "CHAR": 1, "bool": 1, "_Bool": 1, "short": 2, "int16_t": 2,
              "uint16_t": 2, "wchar_t": 4, "int": 4, "unsigned": 4, "unsigned int": 4, "int32_t": 4,
              "uint32_t": 4, "float": 4, "long": 8, "unsigned long": 8, "long long": 8, "int64_t": 8,
              "uint64_t": 8, "size_t": 8, "double": 8, "DWORD": 4, "WCHAR": 2}
CONSTANT_NAMES = {"INT_MAX": 2**31 - 1, "UINT_MAX": 2**32 - 1, "CHAR_BIT": 8, "SHRT_MAX": 2**15 - 1}
ALLOCATORS = frozenset({"malloc", "alloca", "_alloca", "ALLOCA", "xmalloc", "g_malloc", "kmalloc", "vmalloc",
                        "SDL_malloc", "av_malloc", "emalloc", "OPENSSL_malloc", "CoTaskMemAlloc",
                        "HeapAlloc", "LocalAlloc", "GlobalAlloc"})
MALLOC_FAMILY = frozenset({"malloc", "calloc", "realloc", "strdup", "strndup", "xmalloc", "g_malloc"})
RELEASES = frozenset({"free", "g_free", "xfree", "kfree", "av_free", "OPENSSL_free"})
# copy call -> (destination, count argument, unit): "bytes" counts bytes, "elements" counts elements
BOUNDED_WRITES = {"memcpy": (0, 2, "bytes"), "memmove": (0, 2, "bytes"), "memset": (0, 2, "bytes"),
                  "wmemcpy": (0, 2, "elements"), "wmemmove": (0, 2, "elements"), "wmemset": (0, 2, "elements"),
                  "strncpy": (0, 2, "elements"), "wcsncpy": (0, 2, "elements"), "strncat": (0, 2, "elements"),
                  "wcsncat": (0, 2, "elements"), "snprintf": (0, 1, "elements"), "_snprintf": (0, 1, "elements"),
                  "swprintf": (0, 1, "elements"), "_snwprintf": (0, 1, "elements"), "vsnprintf": (0, 1, "elements"),
                  "fgets": (0, 1, "elements"), "fgetws": (0, 1, "elements"), "read": (1, 2, "bytes"),
                  "recv": (1, 2, "bytes"), "fread": (0, 2, "elements"), "strlcpy": (0, 2, "elements")}
# copies whose length argument may be the source's own length (`strlen(s)`, `s.size()`)
SOURCE_SIZED = frozenset({"memcpy", "memmove", "strncpy", "strncat", "wmemcpy", "wcsncpy", "wcsncat", "copy_n"})
_SIZED_BY = re.compile(r"^\(?\s*(?:(?:std::)?(?:strlen|wcslen)\(\s*([\w.>\-]+)\s*\)|([\w.>\-]+?)\s*(?:\.|->)\s*(?:size|length)\(\s*\))"
                       r"\s*\)?(?:\s*[+*]\s*(?:\d+|sizeof\s*\(?\s*[\w\s*]+\)?))?\s*$")


# a number put together from the bytes of a message: `p[1] << 8 | p[2]`, `b[0] * 256 + b[1]`, `ntohs(h->len)`
_DECODED = re.compile(r"\]\s*\)?\s*(?:<<\s*(?:8|16|24)\b|\*\s*256\b)|\b(?:ntohs|ntohl|be16toh|be32toh|le16toh|le32toh|"
                      r"be64toh|le64toh|__builtin_bswap16|__builtin_bswap32|_byteswap_ushort|_byteswap_ulong)\s*\(")
_MEMBER_NAME = re.compile(r"^[A-Za-z_]\w*(?:(?:\.|->)[A-Za-z_]\w*)*$")


def _sized_by(count: str) -> str | None:
    """The name whose own length `count` is: `strlen(s)`, `s.size() + 1`, `v.size() * sizeof(int)`."""
    found = _SIZED_BY.match(count)
    return (found.group(1) or found.group(2)) if found else None


def _name_test(name: str) -> re.Pattern:
    """`len > sizeof buf`, `MAX < len`, `min(len, ...)`, `len = sizeof buf`: a count compared with or set to a limit."""
    word = rf"\b{re.escape(name)}\b"
    return re.compile(rf"{word}\s*[<>]|[<>]=?\s*{word}|(?:min|MIN)\w*\s*\([^;]*{word}|{word}\s*=[^=;][^;]*(?:sizeof|min|MIN)".encode())


def _length_test(name: str) -> re.Pattern:
    length = rf"(?:(?:std::)?(?:strlen|wcslen|strnlen)\(\s*{re.escape(name)}\b[^)]*\)|\b{re.escape(name)}\s*(?:\.|->)\s*(?:size|length)\(\s*\))"
    return re.compile(rf"{length}\s*[<>]|[<>]=?\s*{length}|(?:min|MIN)\s*\([^;]*{length}".encode())


@functools.lru_cache(maxsize=512)
def _fit_test(name: str) -> re.Pattern:
    """`strlen(name) >= sizeof buf`, `name.size() < N`, `MAX > strlen(name)`, `strnlen(name, N) == N`: the
    length of `name` compared with a limit (not with 0 or 1, which only tests for an empty string)."""
    word = re.escape(name)
    length = (rf"(?:(?:std::)?(?:strlen|wcslen|strnlen)\(\s*{word}\s*(?:,[^;{{()]*)?\)|(?<![\w.>]){word}\s*(?:\.|->)\s*"
              rf"(?:size|length)\(\s*\))")
    return re.compile(rf"{length}(?:\s*[+-]\s*\w+)?\s*[<>]=?\s*(?!(?:0|1)\b)[\w(]|[<>]=?\s*{length}".encode())


UNBOUNDED_COPIES = frozenset({"strcpy", "wcscpy", "strcat", "wcscat", "lstrcpyA", "lstrcpy", "_tcscpy", "lstrcatA",
                              "_tcscat", "_mbscpy", "StrCpy", "StrCat"})
# printf-family calls -> position of the format argument
FORMATS = {"printf": 0, "wprintf": 0, "vprintf": 0, "fprintf": 1, "fwprintf": 1, "vfprintf": 1, "dprintf": 1,
           "sprintf": 1, "vsprintf": 1, "syslog": 1, "snprintf": 2, "vsnprintf": 2, "swprintf": 2,
           "_snprintf": 2, "err": 1, "errx": 1, "warn": 0, "warnx": 0}
# calls that fill an argument with data from outside: call -> first argument position they write
FILLERS = {"fgets": 0, "fgetws": 0, "gets": 0, "getline": 0, "fread": 0, "read": 1, "recv": 1, "recvfrom": 1,
           "scanf": 1, "fscanf": 2, "sscanf": 2, "wscanf": 1, "swscanf": 2, "fwscanf": 2, "getdelim": 0,
           "ReadFile": 1, "GetEnvironmentVariableA": 1}
# cipher/MAC set-up call -> positions of its key (and IV) arguments
KEY_ARGUMENTS = {"EVP_EncryptInit_ex": (3, 4), "EVP_DecryptInit_ex": (3, 4), "EVP_CipherInit_ex": (3, 4),
                 "EVP_EncryptInit": (2, 3), "EVP_DecryptInit": (2, 3), "EVP_CipherInit": (2, 3),
                 "AES_set_encrypt_key": (0,), "AES_set_decrypt_key": (0,), "HMAC": (1,), "HMAC_Init_ex": (1,),
                 "DES_set_key": (0,), "DES_set_key_checked": (0,), "BF_set_key": (2,), "RC4_set_key": (2,),
                 "EVP_PKEY_new_mac_key": (2,), "EVP_PKEY_new_raw_private_key": (2,), "mbedtls_aes_setkey_enc": (1,),
                 "mbedtls_aes_setkey_dec": (1,), "wc_AesSetKey": (1,), "crypto_secretbox_easy": (4,),
                 "crypto_aead_chacha20poly1305_ietf_encrypt": (9,), "CryptHashData": (1,)}
# calls that read or write through a pointer without keeping it
BORROWERS = frozenset({"printf", "fprintf", "sprintf", "snprintf", "puts", "fputs", "fputc", "fwrite", "fread", "fgets",
                       "write", "read", "send", "recv", "strlen", "strnlen", "strcpy", "strncpy", "strcat", "strncat",
                       "strlcpy", "strlcat", "memcpy", "memmove", "memset", "memcmp", "strcmp", "strncmp", "strchr",
                       "strrchr", "strstr", "sscanf", "scanf", "fscanf", "atoi", "atol", "strtol", "strtoul", "wcscpy",
                       "wcslen", "wcsncpy", "wcscat", "wmemset", "wmemcpy", "bzero", "explicit_bzero", "qsort",
                       "printLine", "printWLine", "printIntLine", "printLongLine", "printHexCharLine",
                       "printStructLine", "printLongLongLine", "printSizeTLine", "printDoubleLine", "toupper",
                       "tolower", "perror", "strdup", "isalnum", "SHA256", "MD5", "EVP_DigestUpdate", "strtok",
                       "strtok_r", "strspn", "strcspn", "fputws", "wprintf"})
SHELLS = frozenset({"system", "popen", "_popen", "_wpopen", "_wsystem", "wsystem"})
PATH_TESTS = frozenset({"access", "stat", "lstat", "_access", "faccessat", "euidaccess", "eaccess"})
PATH_OPENS = {"fopen": 0, "open": 0, "creat": 0, "freopen": 0, "_open": 0, "_wfopen": 0, "chmod": 0,
              "chown": 0, "unlink": 0, "rename": 0, "truncate": 0, "OPEN": 0, "FOPEN": 0, "fopen64": 0, "open64": 0,
              "remove": 0, "opendir": 0, "lchown": 0, "rmdir": 0, "readlink": 0, "execv": 0, "execve": 0,
              "openat": 1, "utime": 0, "utimes": 0, "link": 0, "symlink": 1}
OVERFLOW_GUARD = re.compile(
    rb"__builtin_\w*mul_overflow|ckd_mul|mul_overflow|MultiplyOverflow|SafeMult|checked_mul|"
    rb"[<>]=?\s*\(*\s*(?:\(\s*\w+\s*\)\s*)?(?:SIZE_MAX|SSIZE_MAX|INT_MAX|UINT_MAX|UINT32_MAX|INT32_MAX|LONG_MAX|"
    rb"ULONG_MAX|PTRDIFF_MAX|MAX_SIZE|std::numeric_limits)|"
    rb"(?:SIZE_MAX|SSIZE_MAX|INT_MAX|UINT_MAX|UINT32_MAX|INT32_MAX|LONG_MAX|ULONG_MAX)\s*/\s*[\w(][^;{]*?[<>]|"
    # any comparison with a quotient (`n > limit / size`), or a product divided back (`a * b / a != b`)
    rb"(?<!-)[<>]=?\s*\(?\s*[\w.:>()\-]+\s*/\s*\(?\s*(?:sizeof\b|[A-Za-z_])|\*\s*\w+\s*\)?\s*/\s*\w+\s*!=")
CHECKED = frozenset({"@validated", "@parsed", "@after-double-dash"})  # markers of a value checked on the way
_NUMBER = re.compile(r"^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)[uUlL]*$")
_MACRO = re.compile(r"^[A-Z_][A-Z0-9_]*$")
_STRING_CONVERSION = re.compile(r"%[-+ #0-9]*l?s")
# a conversion to a number type keeps the bound of its operand: `static_cast<size_t>(n)`, `std::size_t(n)`
_NUMBER_CAST = re.compile(r"^(?:static_cast<.*>|(?:std::)?(?:size_t|u?int(?:8|16|32|64)_t|uintptr_t|unsigned|long))$")
_NUMERIC_TYPE = re.compile(r"^(?:(?:un)?signed\s+|const\s+|std::)*(?:char|short|int|long|long long|size_t|ssize_t|"
                           r"u?int(?:8|16|32|64)_t|float|double|unsigned|signed)\b")


class MemoryChecks:
    """Methods of `CWalk` (state set up in `reset_memory`, kept per function by `_walk_function`)."""

    def reset_memory(self) -> None:
        self.sizes: dict[str, tuple[int, int | None]] = {}  # name -> (bytes, element size or None)
        self.ints: dict[str, int] = {}
        self.lengths: dict[str, int] = {}
        self.freed: dict[str, ts.Node] = {}
        self.allocated: dict[str, str] = {}
        self.bounded: set[str] = set()
        self.checked_paths: set[str] = set()
        self.products: dict[str, ts.Node] = {}  # name -> the unchecked product it holds (`n = a * b;`)
        self.gone: set[str] = set()  # names in `freed` by a move or an erase, not by a release
        self.uninit: set[str] = set()  # locals declared without a value and not assigned since
        self.nulls: dict[str, ts.Node] = {}  # pointers set to NULL, not tested or assigned since
        self.owned: dict[str, ts.Node] = {}  # locals holding memory this function allocated and still owns
        self.filled: set[str] = set()  # arrays strcpy'd from a source only known shorter than the whole array
        self.stack_locals: set[str] = set()  # non-static locals (arrays, variables, std::string objects)
        self.local_strings: set[str] = set()  # C++ std::string locals: `.c_str()` dies with them
        self.views: dict[str, set[str]] = {}  # C++ container -> iterators/pointers into it (`it = v.begin()`)
        self.arrays: set[str] = set()  # names declared as arrays (never reassigned: their size stays)
        self.unsigned: set[str] = set()  # names declared unsigned: an upper bound is a full range check
        self.numeric: set[str] = set()  # names declared with a number type (`std::cin >> n` reads a number)
        self.numbered: set[str] = set()  # buffers printf-filled from literals and numbers only (`"sleep %d"`)
        self.built: dict[str, ts.Node] = {}  # buffer -> the sprintf/strcat that last put non-constant text in it

    def memory_state(self) -> tuple:
        return (dict(self.sizes), dict(self.ints), dict(self.lengths), dict(self.freed), dict(self.allocated),
                set(self.bounded), set(self.checked_paths), set(self.gone), dict(self.products), set(self.uninit),
                dict(self.nulls), dict(self.owned), {k: set(v) for k, v in self.views.items()}, set(self.numbered),
                dict(self.built))

    def set_memory(self, state: tuple) -> None:
        (self.sizes, self.ints, self.lengths, self.freed, self.allocated, self.bounded,
         self.checked_paths, self.gone, self.products, self.uninit, self.nulls, self.owned) = (
            dict(state[0]), dict(state[1]), dict(state[2]), dict(state[3]), dict(state[4]), set(state[5]),
            set(state[6]), set(state[7]), dict(state[8]), set(state[9]), dict(state[10]), dict(state[11]))
        self.views = {k: set(v) for k, v in state[12].items()}
        self.numbered = set(state[13])
        self.built = dict(state[14])

    def merge_memory(self, states: list[tuple]) -> None:
        """After branches: sizes and constants that hold on every path that goes on; frees on any of them."""
        def common(index: int) -> dict:
            first = states[0][index]
            return {k: v for k, v in first.items() if all(s[index].get(k, object()) == v for s in states[1:])}
        self.sizes, self.ints, self.lengths = common(0), common(1), common(2)
        freed: dict = {}  # freed on some path that goes on: a second free or a use there is a bug
        for state in states:
            for key, node in state[3].items():
                freed.setdefault(key, node)
        self.freed, self.allocated = freed, common(4)
        self.bounded = set.intersection(*(s[5] for s in states))
        self.checked_paths = set.union(*(s[6] for s in states))
        self.gone = set.union(*(s[7] for s in states))
        self.products = common(8)
        self.uninit = set.union(*(s[9] for s in states))  # unassigned on some path that goes on
        self.nulls = common(10)
        self.owned = common(11)  # still owned on every path that goes on
        self.numbered = set.intersection(*(s[13] for s in states))
        self.built = {}  # built on some path that goes on
        for state in states:
            for key, node in state[14].items():
                self.built.setdefault(key, node)
        self.views = {}
        for state in states:
            for container, views in state[12].items():
                self.views.setdefault(container, set()).update(views)

    # -- reporting --------------------------------------------------------------------------------
    def flag(self, check: str, node: ts.Node, detail: str) -> None:
        self.flag_rule(self.model.checks.get(check), node, detail)

    def flag_rule(self, rule: Rule | None, node: ts.Node, detail: str) -> None:
        if rule is None or node.has_error:
            return
        key = (rule.id, node.start_byte, node.end_byte)
        if key in self.reported:
            return
        self.reported.add(key)
        self.findings.append((rule, node, detail))

    # -- values -----------------------------------------------------------------------------------
    def int_value(self, node: ts.Node | None, depth: int = 0) -> int | None:
        """A constant integer expression's value (literals, known names, sizeof, + - * /), else None."""
        if node is None or depth > 12:
            return None
        kind = node.type
        if kind == "number_literal":
            text = self.text(node).replace("'", "")
            if not _NUMBER.match(text):
                return None
            digits = text.rstrip("uUlL")
            return int(digits, 8) if len(digits) > 1 and digits[0] == "0" and digits[1] in "01234567" else int(
                digits, 0)
        if kind == "char_literal":
            return None
        if kind == "identifier":
            name = self.text(node)
            return self.ints.get(name, CONSTANT_NAMES.get(name))
        if kind in ("parenthesized_expression",) and node.named_children:
            return self.int_value(node.named_children[0], depth + 1)
        if kind == "cast_expression":
            return self.int_value(node.child_by_field_name("value"), depth + 1)
        if kind == "sizeof_expression":
            return self.sizeof(node)
        if kind == "call_expression":
            name, _, args = self.call_parts(node)
            if name in ("strlen", "wcslen") and args:
                return self.lengths.get(self.dotted(args[0]))
            return None
        if kind == "binary_expression":
            left = self.int_value(node.child_by_field_name("left"), depth + 1)
            right = self.int_value(node.child_by_field_name("right"), depth + 1)
            if left is None or right is None:
                return None
            op = self.operator(node)
            if op == "+":
                return left + right
            if op == "-":
                return left - right
            if op == "*":
                return left * right
            if op == "/" and right:
                return left // right
            if op == "<<" and 0 <= right < 64:
                return left << right
        return None

    def sizeof(self, node: ts.Node) -> int | None:
        inner = node.child_by_field_name("type") or node.child_by_field_name("value")
        if inner is None:
            inner = node.named_children[0] if node.named_children else None
        if inner is None:
            return None
        if inner.type == "type_descriptor":
            if inner.child_by_field_name("declarator") is not None:
                return 8  # sizeof(char *)
            return TYPE_SIZES.get(" ".join(self.text(inner).split()))
        while inner.type == "parenthesized_expression" and inner.named_children:
            inner = inner.named_children[0]
        if inner.type == "identifier":
            known = self.sizes.get(self.text(inner))
            if known is not None and self.text(inner) in self.arrays:
                return known[0]
            return TYPE_SIZES.get(self.text(inner))
        return None

    def element_size(self, type_node: ts.Node | None) -> int | None:
        if type_node is None:
            return None
        return TYPE_SIZES.get(" ".join(self.text(type_node).split()))

    def allocation(self, value: ts.Node | None) -> tuple[int, int | None] | None:
        """(bytes, element size) of `(int *)malloc(10 * sizeof(int))`, `alloca(50)`, `new char[50]`."""
        element = None
        while value is not None and value.type in ("cast_expression", "parenthesized_expression"):
            if value.type == "cast_expression":
                descriptor = value.child_by_field_name("type")
                base = descriptor.child_by_field_name("type") if descriptor is not None else None
                element = self.element_size(base)
                value = value.child_by_field_name("value")
            else:
                value = value.named_children[0] if value.named_children else None
        if value is None:
            return None
        if value.type == "call_expression":
            name, _, args = self.call_parts(value)
            if name in ALLOCATORS and args:
                total = self.int_value(args[0])
                return (total, element) if total is not None else None
            if name == "calloc" and len(args) == 2:
                count, size = self.int_value(args[0]), self.int_value(args[1])
                return (count * size, element or size) if count is not None and size is not None else None
        if value.type == "new_expression":
            declarator = value.child_by_field_name("declarator")
            length = declarator.child_by_field_name("length") if declarator is not None else None
            size = self.element_size(value.child_by_field_name("type"))
            count = self.int_value(length) if length is not None else None
            if count is not None and size is not None:
                return count * size, size
        return None

    # -- declarations and assignments -------------------------------------------------------------
    def declare(self, node: ts.Node) -> None:
        """`char buf[64];`, `char s[] = "abc";`, `unsigned n;`: sizes and signedness from a declaration."""
        type_node = node.child_by_field_name("type")
        element = self.element_size(type_node)
        local = node.parent is not None and node.parent.type == "compound_statement" and not any(
            c.type == "storage_class_specifier" and self.text(c) in ("static", "extern") for c in node.children)
        for declarator in node.children_by_field_name("declarator"):
            named = _innermost(declarator.child_by_field_name("declarator") if declarator.type == "init_declarator"
                               else declarator)
            while named is not None and named.type == "array_declarator":
                named = named.child_by_field_name("declarator")
            if local and named is not None and named.type == "identifier":
                self.stack_locals.add(self.text(named))
                if type_node is not None and self.text(type_node).endswith(("string", "wstring")) and (
                        named.parent is not None and named.parent.type in ("init_declarator", "declaration")):
                    self.local_strings.add(self.text(named))
            value = None
            if declarator.type == "init_declarator":
                value = declarator.child_by_field_name("value")
                declarator = declarator.child_by_field_name("declarator")
            if declarator is None:
                continue
            if declarator.type == "array_declarator":
                name_node = declarator.child_by_field_name("declarator")
                if name_node is None or name_node.type != "identifier":
                    continue
                name = self.text(name_node)
                self.arrays.add(name)
                count = self.int_value(declarator.child_by_field_name("size"))
                if count is None and value is not None and value.type == "string_literal":
                    count = self.literal_length(value) + 1
                if count is not None and element is not None:
                    self.sizes[name] = (count * element, element)
                else:
                    self.sizes.pop(name, None)
                if value is not None and value.type == "string_literal":
                    self.lengths[name] = self.literal_length(value)
            elif declarator.type in ("identifier", "pointer_declarator") and type_node is not None:
                if value is None and self._uninitialized_candidate(node, type_node, declarator):
                    self.uninit.add(self.text(_innermost(declarator)))
                if declarator.type != "identifier":
                    continue
                type_text = self.text(type_node)
                if re.search(r"\b(unsigned|size_t|uint\w*|DWORD|UINT)\b", type_text):
                    self.unsigned.add(self.text(declarator))
                if _NUMERIC_TYPE.search(type_text):
                    self.numeric.add(self.text(declarator))

    def _uninitialized_candidate(self, declaration: ts.Node, type_node: ts.Node, declarator: ts.Node) -> bool:
        """A local scalar or pointer (not static/extern, not a struct or class object) with no initial value."""
        if declaration.parent is None or declaration.parent.type not in ("compound_statement",):
            return False
        if any(c.type == "storage_class_specifier" for c in declaration.children):
            return False
        if declarator.type == "pointer_declarator":
            return _innermost(declarator).type == "identifier"
        return type_node.type in ("primitive_type", "sized_type_specifier") or self.text(type_node) in TYPE_SIZES

    def read(self, node: ts.Node) -> None:
        """An identifier evaluated as a value: a use of an uninitialized local is reported once."""
        name = self.text(node)
        if name not in self.uninit:
            return
        parent = node.parent
        if parent is not None and (parent.type in ("sizeof_expression", "declaration", "init_declarator",
                                                    "pointer_declarator", "array_declarator", "parameter_declaration")
                                   or (parent.type == "pointer_expression" and self.text(parent).startswith("&"))):
            return
        self.uninit.discard(name)
        self.flag("uninitialized-use", node, f"{name} is read before it is given a value")

    def literal_length(self, node: ts.Node) -> int:
        text = self.text(node)
        body = text[text.index('"') + 1 : text.rindex('"')] if text.count('"') >= 2 else ""
        return len(re.sub(r"\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)", "x", body))

    def assigned(self, key: str, value: ts.Node | None) -> None:
        """`key = value`: what the memory state learns (or forgets) about `key`."""
        self.freed.pop(key, None)
        self.gone.discard(key)
        self.uninit.discard(key.split(".", 1)[0])  # `p.x = 1` gives p (a struct) a value too
        self.nulls.pop(key, None)
        self.owned.pop(key, None)  # (a value still owned is overwritten: `p = malloc(); p = q;` leaks, rarely meant)
        self.products.pop(key, None)
        self.bounded.discard(key)
        self.checked_paths.discard(key)
        self.numbered.discard(key)
        self.built.pop(key, None)
        self.lengths.pop(key, None)
        self.allocated.pop(key, None)
        if key not in self.arrays:
            self.sizes.pop(key, None)
        self.ints.pop(key, None)
        if value is None:
            return
        if self.text(value) in ("NULL", "nullptr") or (value.type == "null"):
            self.nulls[key] = value
        number = self.int_value(value)
        if number is not None:
            self.ints[key] = number
        inner = value
        while inner.type in ("cast_expression", "parenthesized_expression") and inner.named_children:
            inner = inner.child_by_field_name("value") or inner.named_children[-1]
        if inner.type == "identifier" and self.text(inner) in self.sizes:
            self.sizes[key] = self.sizes[self.text(inner)]  # data = buffer: the same bytes
            if self.text(inner) in self.lengths:
                self.lengths[key] = self.lengths[self.text(inner)]
        elif inner.type == "string_literal":
            self.lengths[key] = self.literal_length(inner)
        else:
            known = self.allocation(value)
            if known is not None:
                self.sizes[key] = known
        if inner.type == "binary_expression" and self.operator(inner) == "*" and self.int_value(inner) is None:
            if any(not self._trusted_factor(f) for f in self._factors(inner)):
                self.products[key] = inner  # `bytes = count * sizeof(T)`: checked where it is allocated
        if inner.type == "identifier" and self.text(inner) in self.arrays:
            self.allocated[key] = "stack"  # `data = buffer;`: points at an array
        if inner.type == "call_expression":
            name = self.call_parts(inner)[0]
            if name in ("alloca", "_alloca", "ALLOCA"):
                self.allocated[key] = "stack"
            if name in MALLOC_FAMILY:
                self.allocated[key] = "malloc"
        elif inner.type == "new_expression":
            declarator = inner.child_by_field_name("declarator")
            self.allocated[key] = "new[]" if declarator is not None and declarator.type == "new_declarator" else "new"
        if self.allocated.get(key) in ("malloc", "new", "new[]") and "." not in key:
            self.owned[key] = inner

    # -- calls ------------------------------------------------------------------------------------
    def memory_call(self, node: ts.Node, name: str, args: list[ts.Node]) -> None:
        """Checks on a call whose arguments were just evaluated."""
        if name in RELEASES and args:
            self.release(node, args[0], "free")
            return
        last = name.rsplit(".", 1)[-1]
        if last == "move" and len(args) == 1 and _unwrap(args[0]).type == "identifier":
            self.moved(node, args[0])  # C++ `std::move(p)`: p is empty (a unique_ptr: null) afterwards
            return
        if last == "erase" and "." in name and len(args) == 1 and _unwrap(args[0]).type == "identifier":
            self.used(args[0], node)
            self.moved(node, args[0])  # `v.erase(it)`: `it` is invalidated
            return
        for arg in args:
            self.used(arg, node)
        if self.owned and name.rsplit(".", 1)[-1] not in BORROWERS:
            for arg in args:
                self.escaped(arg)  # handed to a call that may keep it (a list, a table, a struct)
        filled = FILLERS.get(name)
        for position, arg in enumerate(args):
            # `&n` handed to any call, or a buffer a reader fills: no longer a known constant
            if arg.type == "pointer_expression" and self.text(arg).startswith("&") or (
                    filled is not None and position >= filled and (position == filled or name.endswith("scanf"))):
                key = self.dotted(_strip_address(arg))
                self.ints.pop(key, None)
                self.lengths.pop(key, None)
                self.consts.discard(key)
                self.numbered.discard(key)
                self.built.pop(key, None)
                self.uninit.discard(key.split(".", 1)[0])
        if name in BOUNDED_WRITES:
            dest_at, count_at, unit = BOUNDED_WRITES[name]
            if len(args) > max(dest_at, count_at):
                self.bounded_write(node, name, args[dest_at], args[count_at], unit)
                if name in SOURCE_SIZED:
                    self.source_sized_copy(node, name, args[dest_at], self.text(args[count_at]))
        elif name in UNBOUNDED_COPIES and len(args) >= 2:
            self.unbounded_copy(node, name, args[0], args[1])
            self.unknown_fit(node, name, args[0], args[1])
        elif name in ("sprintf", "vsprintf") and len(args) >= 2:
            fmt = args[1]
            if fmt.type in ("string_literal", "concatenated_string") and _STRING_CONVERSION.search(self.text(fmt)):
                self.flag("unbounded-copy", node, f"{name}() with %s into {self.text(args[0])[:30]}")
        if name in ALLOCATORS or name in ("realloc", "calloc"):
            self.allocation_size(node, name, args)
        if name in PATH_TESTS and args:
            key = self._path_key(args[1] if name == "faccessat" and len(args) > 1 else args[0])
            if key is not None:
                self.checked_paths.add(key)
        position = PATH_OPENS.get(name)
        if position is not None and len(args) > position and self.checked_paths and (
                key := self._path_key(args[position])) in self.checked_paths:
            self.flag("toctou-access", node, f"{key} checked, then {name}()")
        position = FORMATS.get(name)
        if position is not None and len(args) > position and self._user_function(name) is None:
            # (a `warn(msg)` the snippet defines itself is its own function, not err.h's printf-like one)
            self.format_argument(node, name, args, position)
        if name in SHELLS and args:
            self.shell_command(node, name, args[0])
        elif name in ("execl", "execlp", "execle") and len(args) > 3 and self.text(args[2]) == '"-c"':
            self.shell_command(node, name, args[3])
        for position in KEY_ARGUMENTS.get(name, ()):
            if position < len(args):
                self.key_argument(node, name, args[position])
        if name in ("memset", "wmemset") and len(args) == 3:
            count = self.int_value(args[2])
            key = self.dotted(_strip_address(args[0]))
            if count is not None and key != "?":
                self.lengths[key] = count  # filled, about to be terminated: `data[n] = '\0'`
        if name in ("strcpy", "wcscpy", "strcat", "wcscat") and len(args) >= 2:
            key = self.dotted(args[0])
            copied = self.source_length(args[1])
            if key != "?":
                if copied is None or (name.endswith("cat") and key not in self.lengths):
                    self.lengths.pop(key, None)
                else:
                    self.lengths[key] = copied + (self.lengths.get(key, 0) if name.endswith("cat") else 0)

    def source_length(self, node: ts.Node) -> int | None:
        if node.type == "string_literal":
            return self.literal_length(node)
        if node.type == "identifier":
            return self.lengths.get(self.text(node))
        return None

    def buffer_size(self, node: ts.Node) -> tuple[int, int | None] | None:
        key = self.dotted(_strip_address(node)) if node.type != "binary_expression" else "?"
        if node.type not in ("identifier", "field_expression", "pointer_expression", "cast_expression",
                             "parenthesized_expression"):
            return None
        return self.sizes.get(key)

    def bounded_write(self, node: ts.Node, name: str, dest: ts.Node, count: ts.Node, unit: str) -> None:
        size = self.buffer_size(dest)
        length = self.int_value(count)
        if size is None or length is None:
            return
        capacity, element = size
        if unit == "elements":
            element = element or (4 if name.startswith(("wcs", "wmem", "sw", "_snw", "fgetws")) else 1)
            if name == "fread" and len(self.call_parts(node)[2]) > 1:
                element = self.int_value(self.call_parts(node)[2][1]) or element
            length = length * element
        if length > capacity:
            self.flag("copy-exceeds-buffer", node, f"{name}() writes {length} bytes into {self.text(dest)} "
                                                   f"({capacity} bytes)")

    def unbounded_copy(self, node: ts.Node, name: str, dest: ts.Node, source: ts.Node) -> None:
        size = self.buffer_size(dest)
        copied = self.source_length(source)
        if size is None or copied is None:
            return
        element = size[1] or 1
        already = self.lengths.get(self.dotted(dest), 0) if name.endswith("cat") else 0
        if (already + copied + 1) * element > size[0]:
            self.flag("copy-exceeds-buffer", node, f"{name}() copies {copied + 1} characters into "
                                                   f"{self.text(dest)} ({size[0] // element} fit)")

    def source_sized_copy(self, node: ts.Node, name: str, dest: ts.Node, count: str) -> None:
        """`memcpy(buf, s, strlen(s) + 1)`, `memcpy(buf, in.data(), in.size())` into a fixed array: the length is
        the source's own, so nothing limits the copy to the destination (unless the source was compared first)."""
        if name in ("memcpy", "memmove") and self._decoded_length(count, dest, node):
            self.flag("unbounded-copy", node, f"{name}() copies {count[:30]} bytes, a length read from the data, "
                                              f"into {self.text(dest)[:30]}")
            return
        if self.buffer_size(dest) is None:
            return
        source = _sized_by(count)
        if source is None and count.isidentifier() and count in self._caller_values(node):
            # `memcpy(buf, data, len)` with the caller's `len`: never compared with the buffer's size
            if count in self.bounded or _name_test(count).search(self.code, self.function_start, node.start_byte):
                return
            self.flag("unbounded-copy", node, f"{name}() copies the caller's {count} bytes into {self.text(dest)[:30]}")
            return
        if source is None or source == self.text(_unwrap(dest)) or source in self.bounded:
            return
        pattern = _length_test(source)
        if pattern.search(self.code, self.function_start, node.start_byte):
            return  # `if (in.size() >= sizeof buf) return;`, `strlen(s) < N`: compared with a limit first
        self.flag("unbounded-copy", node, f"{name}() copies {count[:30]} bytes into {self.text(dest)[:30]}")

    def _decoded_length(self, count: str, dest: ts.Node, node: ts.Node) -> bool:
        """`len = pkt[1] << 8 | pkt[2]`, `len = ntohs(hdr->len)` (directly or through a copy: `m.len = want`):
        a length read out of the message itself, never compared with a limit before the copy into a fixed
        buffer (an array or a struct member; not a block allocated for that length)."""
        dest = _unwrap(dest)
        key = self.dotted(dest)
        if dest.type not in ("identifier", "field_expression") or key == "?":
            return False
        if dest.type == "identifier" and key not in self.arrays and self.sizes.get(key) is None:
            return False
        before = self.code[self.function_start:node.start_byte]
        target = re.escape(self.text(dest)).encode()
        if re.search(rb"(?<![\w.>])" + target + rb"\s*=\s*(?:\([^)]*\)\s*)?(?:std::)?(?:malloc|calloc|realloc|alloca|new)\b",
                     before):
            return False  # `out->data = malloc(len)`: sized by that length
        name = count.strip()
        for _ in range(3):
            if not _MEMBER_NAME.match(name) or name in self.bounded or _name_test(name).search(
                    self.code, self.function_start, node.start_byte):
                return False
            found = None
            for found in re.finditer(rb"(?<![\w.>])" + re.escape(name).encode() + rb"\s*=(?!=)\s*([^;]*);", before):
                pass
            if found is None:
                return False
            value = found.group(1).decode(errors="replace").strip()
            if _DECODED.search(value):
                return True
            name = value
        return False

    def _caller_values(self, node: ts.Node) -> set[str]:
        """Parameter names of the function around `node`."""
        function = node.parent
        while function is not None and function.type != "function_definition":
            function = function.parent
        return {name for name, _ in self.parameters(function)} if function is not None else set()

    def unknown_fit(self, node: ts.Node, name: str, dest: ts.Node, source: ts.Node) -> None:
        """strcpy/strcat whose source is not known to fit (a literal fits or is `copy-exceeds-buffer`)."""
        source = _unwrap(source)
        target = self.dotted(dest)
        if source.type in ("string_literal", "concatenated_string", "char_literal"):
            if name.endswith("cat") and target in self.filled:  # `strlen(s) >= sizeof buf` left no room for more
                self.flag("unbounded-copy", node, f"{name}() onto {self.text(dest)[:30]}, which the copy before "
                                                  f"may have filled")
            return
        if not name.endswith("cat"):
            self.filled.discard(target)
        room = self.buffer_size(dest)
        if self.source_length(source) is not None and room is not None:
            return  # known length and size: copy-exceeds-buffer decides
        key = self.dotted(source) if source.type == "identifier" else None
        if room is not None and key in self.arrays and key in self.sizes:
            used: int | None = 0
            if name.endswith("cat"):
                known = self.lengths.get(self.dotted(dest))
                used = None if known is None else known * (room[1] or 1)
            if used is not None and used + self.sizes[key][0] <= room[0]:
                return  # an array's string is shorter than the array: it fits
        elif key is not None and (key in self.consts or _MACRO.match(key)):
            return  # literal text of unknown length (a macro): nothing to compare
        measured = self._measured_name(source)
        fits = _fit_test(measured).search(self.code, self.function_start, node.start_byte) if measured else None
        if fits is not None:  # `if (strlen(src) >= sizeof dst) return;`, `if (s.size() < N) strcpy(dst, s.c_str())`
            line_end = self.code.find(b"\n", fits.start())
            compared = self.code[fits.start():line_end if line_end >= 0 else fits.end()]
            if not name.endswith("cat") and b"+" not in compared and b"- " not in compared and b"-1" not in compared:
                self.filled.add(target)  # no room kept for what a later strcat adds
            return
        self.flag("unbounded-copy", node, f"{name}() from {self.text(source)[:30]}")

    def _measured_name(self, source: ts.Node) -> str | None:
        """The name whose length a copy of `source` copies: `src`, `req->name`, `s` of `s.c_str()`/`s.data()`."""
        if source.type in ("identifier", "field_expression", "subscript_expression"):
            return self.text(source)
        if source.type == "call_expression":
            callee, receiver, args = self.call_parts(source)
            if receiver is not None and not args and callee.rsplit(".", 1)[-1] in ("c_str", "data") and (
                    receiver.type in ("identifier", "field_expression")):
                return self.text(receiver)
        return None

    def loop_bound(self, node: ts.Node) -> None:
        """`for (i = 0; i < 100; i++) data[i] = ...;` with data smaller than 100 elements (or `<=` its size)."""
        condition = node.child_by_field_name("condition")
        body = node.child_by_field_name("body")
        if condition is None or body is None or condition.type != "binary_expression":
            return
        op = self.operator(condition)
        left, right = condition.child_by_field_name("left"), condition.child_by_field_name("right")
        if op not in ("<", "<=") or left is None or left.type != "identifier":
            return
        limit = self.int_value(right)
        if limit is None:
            return
        last = limit if op == "<=" else limit - 1
        counter = self.text(left)
        stack = [body]
        while stack:
            current = stack.pop()
            if current.type == "assignment_expression":
                target = current.child_by_field_name("left")
                if target is not None and target.type == "subscript_expression":
                    index = target.child_by_field_name("index") or target.child_by_field_name("indices")
                    array = target.child_by_field_name("argument")
                    if index is not None and array is not None and self.text(index).strip("[] ") == counter:
                        size = self.sizes.get(self.dotted(array))
                        if size is not None and size[1]:
                            count = size[0] // size[1]
                            if last >= count:
                                self.flag("copy-exceeds-buffer", target, f"the loop writes {self.text(array)}"
                                                                         f"[{last}], {count} elements fit")
            stack.extend(current.named_children)

    def allocation_size(self, node: ts.Node, name: str, args: list[ts.Node]) -> None:
        sized = args[1:] if name == "realloc" else args
        for arg in sized:
            self.product(node, arg, f"{name}()")

    def product(self, node: ts.Node, size: ts.Node, what: str) -> None:
        """A `*` in an allocation size whose operands are not all constant, bounded or checked for overflow."""
        while size.type in ("parenthesized_expression", "cast_expression") and size.named_children:
            size = size.child_by_field_name("value") or size.named_children[-1]
        if size.type == "identifier" and self.text(size) in self.products:
            held = self.products[self.text(size)]
            if self.text(size) not in self.bounded and not OVERFLOW_GUARD.search(
                    self.code, self.function_start, node.start_byte):
                self.flag("allocation-size-product", node, f"{what} size {self.text(size)} = {self.text(held)[:40]}"
                                                           f" unchecked")
            return
        if size.type != "binary_expression":
            return
        op = self.operator(size)
        if op in ("+", "-"):
            for side in (size.child_by_field_name("left"), size.child_by_field_name("right")):
                if side is not None:
                    self.product(node, side, what)
            return
        if op != "*":
            return
        total = self.int_value(size)
        if total is not None:
            if total > 2**31 - 1:
                self.flag("allocation-size-product", node, f"{what} of {total} bytes overflows a 32-bit size")
            return
        free = [operand for operand in self._factors(size) if not self._trusted_factor(operand)]
        if not free:
            return
        if OVERFLOW_GUARD.search(self.code, self.function_start, node.start_byte):
            return
        self.flag("allocation-size-product", node, f"{what} size multiplies {self.text(free[0])} unchecked")

    def _factors(self, node: ts.Node) -> list[ts.Node]:
        while node.type in ("parenthesized_expression",) and node.named_children:
            node = node.named_children[0]
        if node.type == "binary_expression" and self.operator(node) == "*":
            return self._factors(node.child_by_field_name("left")) + self._factors(node.child_by_field_name("right"))
        return [node]

    def _trusted_factor(self, node: ts.Node) -> bool:
        node = _unwrap(node)  # `(size_t)n * sizeof(char)`: the bound on n holds through the cast
        while node.type == "call_expression" and _NUMBER_CAST.match(self.text(node.child_by_field_name("function"))) and (
                len(self.call_parts(node)[2]) == 1):  # C++ `static_cast<std::size_t>(n)`, `std::size_t(n)`
            node = _unwrap(self.call_parts(node)[2][0])
        if self.int_value(node) is not None or node.type in ("sizeof_expression", "number_literal"):
            return True
        text = self.text(node)
        if _MACRO.match(text) or (node.type == "identifier" and text in self.consts):
            return True
        key = self.dotted(node) if node.type in ("identifier", "field_expression") else None
        return key is not None and key in self.bounded

    # -- frees and uses ---------------------------------------------------------------------------
    def release(self, node: ts.Node, target: ts.Node, how: str) -> None:
        target = _unwrap(target)
        key = self._memory_key(target)
        if key is None:
            return
        self.owned.pop(key, None)
        if key in self.gone:
            self.freed.pop(key, None)  # moved from, then released: fine
            self.gone.discard(key)
        if key in self.freed:
            line = self.freed[key].start_point[0] + 1
            self.flag("double-free", node, f"{key} was already released on snippet line {line}")
            return
        kind = self.allocated.get(key)
        if key in self.arrays or kind == "stack":
            self.flag("free-not-heap", node, f"{key} is not heap memory ({how})")
            return
        expected = {"free": "malloc", "delete": "new", "delete[]": "new[]"}[how]
        if kind is not None and kind != expected:
            self.flag("mismatched-release", node, f"{key} from {kind} released with {how}")
        if key not in self.arrays:
            self.freed[key] = node

    def escaped(self, node: ts.Node | None) -> None:
        """Names in `node` leave this function's ownership (returned, stored, handed on)."""
        if node is None or not self.owned:
            return
        stack = [node]
        while stack:
            current = stack.pop()
            if current.type == "identifier":
                self.owned.pop(self.text(current), None)
            stack.extend(current.named_children)

    def returned_address(self, node: ts.Node, returns_pointer: bool, returns_view: bool = False) -> None:
        """`return buf;` / `return &x;` / `return s.c_str();` of this function's own locals (`return s;` of a
        local std::string from a function that returns a std::string_view)."""
        value = node.named_children[0] if node.named_children else None
        if value is None:
            return
        value = _unwrap(value)
        if returns_view and value.type == "identifier" and (
                self.text(value) in self.local_strings) and self.text(value) in self.stack_locals:
            self.flag("stack-address-returned", node, f"a view of {self.text(value)}, which dies with this function")
            return
        if not returns_pointer:
            return
        name = None
        if value.type == "identifier" and self.text(value) in self.arrays:
            name = self.text(value)
        elif value.type == "pointer_expression" and self.text(value).startswith("&"):
            inner = _unwrap(value.child_by_field_name("argument"))
            if inner.type == "identifier":
                name = self.text(inner)
        elif value.type == "call_expression":
            callee, receiver, _ = self.call_parts(value)
            if receiver is not None and callee.rsplit(".", 1)[-1] in ("c_str", "data") and (
                    self.text(receiver) in self.local_strings):
                name = self.text(receiver)
        if name is not None and name in self.stack_locals:
            self.flag("stack-address-returned", node, f"{name} lives in this function's stack frame")

    def invalidated(self, node: ts.Node, container: str) -> None:
        """C++: `v.push_back(x)` may move v's elements: iterators and pointers into v are dangling."""
        for view in self.views.pop(container, ()):
            if view not in self.arrays:
                self.freed[view] = node
                self.gone.add(view)

    def leaks(self, body: ts.Node) -> None:
        """At the end of a function: memory it allocated into a local and still owns is lost."""
        function = body.parent
        if function is None or function.type != "function_definition" or self.function_name(function) == "main":
            return  # the whole program's memory goes back at exit
        if body.has_error or body.is_missing or not self.text(body).rstrip().endswith("}"):
            return  # a cut-off function: its end is not in the snippet
        for key, allocation in self.owned.items():
            self.flag("memory-leak", allocation, f"{key} is never freed, returned or handed on")

    def moved(self, node: ts.Node, target: ts.Node) -> None:
        """A value gone without a release of memory by this name: a later use is one, a release is not."""
        key = self.dotted(_unwrap(target))
        if key not in self.arrays:
            self.freed[key] = node
            self.gone.add(key)

    def used(self, node: ts.Node | None, at: ts.Node) -> None:
        """`node` is read as a pointer (passed to a call): a freed name there is a use after free."""
        if node is None or not self.freed:
            return
        key = self._memory_key(_unwrap(node))
        if key is not None and key in self.freed:
            line = self.freed[key].start_point[0] + 1
            self.flag("use-after-free", at, f"{key} used after its release on snippet line {line}")

    def _memory_key(self, node: ts.Node) -> str | None:
        """The name memory is tracked by: `p`, `s->buf`, or an element at a fixed index (`v[0]`)."""
        if node.type in ("identifier", "field_expression"):
            return self.dotted(node)
        if node.type == "subscript_expression":
            index = node.child_by_field_name("index") or node.child_by_field_name("indices")
            array = node.child_by_field_name("argument")
            if index is not None and array is not None and array.type == "identifier" and (
                    self.text(index).strip("[] ").isdigit()):
                return self.text(array) + "[" + self.text(index).strip("[] ") + "]"
        return None

    def dereferenced(self, node: ts.Node) -> None:
        """`p->x`, `*p`, `p[i]`: the pointer behind them must not be freed, nor NULL."""
        if self.nulls:
            base = node.child_by_field_name("argument")
            if base is not None and not (node.type == "pointer_expression" and self.text(node).startswith("&")) and (
                    node.type != "field_expression" or self.text(node.child_by_field_name("operator")) == "->"):
                key = self.dotted(_unwrap(base)) if _unwrap(base).type in ("identifier", "field_expression") else "?"
                if key in self.nulls:
                    line = self.nulls[key].start_point[0] + 1
                    self.flag("null-dereference", node, f"{key} is NULL since snippet line {line}")
        if not self.freed:
            return
        if node.type == "field_expression":
            op = node.child_by_field_name("operator")
            if op is not None and self.text(op) == "->":
                self.used(node.child_by_field_name("argument"), node)
        elif node.type == "pointer_expression":
            if self.text(node).startswith("*"):
                self.used(node.child_by_field_name("argument"), node)
        elif node.type == "subscript_expression":
            self.used(node.child_by_field_name("argument"), node)

    def _path_key(self, arg: ts.Node) -> str | None:
        """The name a path argument reads: `path`, `req->file`, `argv[1]`, `path.c_str()` (None for other forms)."""
        arg = _unwrap(arg)
        if arg.type == "call_expression":
            method, receiver, _ = self.call_parts(arg)
            if receiver is None or method.rsplit(".", 1)[-1] not in ("c_str", "data"):
                return None
            arg = _unwrap(receiver)
        if arg.type == "subscript_expression":
            index = arg.child_by_field_name("index") or arg.child_by_field_name("indices")
            if index is None or self.text(index).strip("[]").strip().isdigit():
                return self.text(arg)  # `argv[1]`: a fixed element, the same path each time it is read
            return None
        if arg.type in ("identifier", "field_expression"):
            key = self.dotted(arg)
            return key if key != "?" else None
        return None

    def key_argument(self, node: ts.Node, name: str, key: ts.Node) -> None:
        """A cipher key or IV that is a literal, or a buffer holding only literal bytes in this function."""
        if name == "CryptHashData" and b"CryptDeriveKey" not in self.code:
            return  # hashing data, not deriving a key from it
        key = _unwrap(key)
        text = self.text(key)
        if text in ("NULL", "nullptr", "0") or key.type in ("number_literal", "null", "nullptr"):
            return
        constant = key.type in ("string_literal", "concatenated_string") or (
            key.type == "identifier" and text in self.consts)
        if constant:
            self.flag("hardcoded-crypto-key", node, f"{name}() key {text[:40]} is fixed in the code")

    def shell_command(self, node: ts.Node, name: str, command: ts.Node) -> None:
        """A command that is not a literal, a constant buffer, or built only from checked values."""
        command = _unwrap(command)
        while command.type in self.CALLS:  # `cmd.c_str()`, `cmd.data()`: the string itself
            method, receiver, _ = self.call_parts(command)
            if receiver is None or method.rsplit(".", 1)[-1] not in ("c_str", "data", "str"):
                break
            command = _unwrap(receiver)
        text = self.text(command)
        if command.type in ("string_literal", "concatenated_string", "raw_string_literal") or _MACRO.match(text):
            return
        if self.is_const(command) or (command.type == "identifier" and text in self.numbered) or (
                command.type == "binary_expression" and self._literals_and_numbers(command)):
            return  # literal text, or literal text and numbers: nothing a shell would read as syntax
        taint = self.eval_quiet(command)
        sanitizers = self.model.check_sanitizers
        cleaned = CHECKED | {NUMBER} | sanitizers.get("non-constant-command", frozenset()) | sanitizers.get(
            "formatted-command", frozenset())  # (`strtol(w, ...)`: a number's text is digits)
        if taint and all(applied & cleaned for _, applied in taint):
            return
        self.flag("non-constant-command", node, f"{name}() runs {text[:40]}")
        built = self.built.get(text) if command.type == "identifier" and name in ("system", "popen") else None
        if built is not None:
            self.flag("formatted-command", built, f"{text} is built here and run by {name}()")

    # -- formats ----------------------------------------------------------------------------------
    def format_argument(self, node: ts.Node, name: str, args: list[ts.Node], position: int) -> None:
        """printf(buf) with a format that is neither a literal nor a buffer filled only from literals."""
        if position != len(args) - 1:
            return  # `printf(fmt, a, b)`: a format variable chosen among literals is the common safe shape
        fmt = args[position]
        if fmt.type in ("string_literal", "concatenated_string", "number_literal", "char_literal"):
            return
        text = self.text(fmt)
        if _MACRO.match(text) or re.match(r"^(_|N_|gettext|dgettext|ngettext|tr|QObject::tr)\s*\(", text):
            return
        if fmt.type == "identifier" and (text in self.consts or text in self.lengths):
            return  # a buffer holding only literal text (`strcpy(data, "fixed")`)
        self.flag("non-literal-format", node, f"{name}() format is {text[:40]}")


def _innermost(node: ts.Node) -> ts.Node:
    """`**name` -> `name`."""
    while node.type == "pointer_declarator" and node.child_by_field_name("declarator") is not None:
        node = node.child_by_field_name("declarator")
    return node


def _unwrap(node: ts.Node) -> ts.Node:
    while node.type in ("cast_expression", "parenthesized_expression") and node.named_children:
        node = node.child_by_field_name("value") or node.named_children[-1]
    return node
