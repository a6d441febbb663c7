# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Compiled twins of the per-page walks that cost most in Python.

Each function here has a pure-Python twin that stays the reference, next to the code that uses
it: the attribute and tag indexes and the long-tag scan in ``_context.py``, the body's measuring
walk and subtree sizes in ``generic/body/measure.py``, the date walk's snippets in
``generic/dates.py``, the article container in ``generic/landmarks.py``. The twins give the same
answers (``tests/test_speedups.py`` checks them against each other on every fixture and on
generated pages); this module only makes them cheaper, by reading libxml2's nodes directly
instead of creating a Python object for every element, attribute and text node.

Only struct fields are read (no libxml2 function is called, so nothing links against libxml2),
and lxml's public C API is used for one thing: the element objects handed back to Python. The
layout of those structs is the one of the lxml and libxml2 the module was compiled against;
:func:`usable` tells whether the lxml imported now is that one (when not, newsparse uses the
Python twins).
"""

from cpython.ref cimport PyObject
from cpython.unicode cimport PyUnicode_DecodeUTF8
from libc.stdlib cimport calloc, free, malloc, realloc
from libc.stdint cimport uint16_t
from libc.string cimport memchr, memcmp, memcpy, memset, strcmp, strlen, strncmp, strstr

from lxml.includes cimport tree
from lxml.includes.tree cimport xmlAttr, xmlNode
from lxml.includes.etreepublic cimport _Document, _Element, elementFactory, import_lxml__etree

import_lxml__etree()

cdef extern from "Python.h":
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)
    int PyList_Append(object lst, object item) except -1
    int PyUnicode_KIND(object text)
    void* PyUnicode_DATA(object text)
    Py_UCS4 PyUnicode_READ(int kind, void* data, Py_ssize_t index) noexcept
    object PyUnicode_FromKindAndData(int kind, const void* buffer, Py_ssize_t size)
    enum:
        PyUnicode_1BYTE_KIND
        PyUnicode_2BYTE_KIND
        PyUnicode_4BYTE_KIND

cdef extern from "lxml-version.h":
    const char* LXML_VERSION_STRING

cdef extern from "libxml/xmlversion.h":
    const char* LIBXML_DOTTED_VERSION


def usable():
    """Whether the lxml (and libxml2) imported now are the ones this module was compiled against."""
    from lxml import etree

    built_libxml = tuple(int(part) for part in LIBXML_DOTTED_VERSION.decode().split("."))
    return etree.__version__ == LXML_VERSION_STRING.decode() and etree.LIBXML_VERSION == built_libxml


cdef inline bint _is_element_like(xmlNode* c) noexcept:
    # what lxml iterates as children: elements, comments, entity references, processing instructions
    return (
        c.type == tree.XML_ELEMENT_NODE
        or c.type == tree.XML_COMMENT_NODE
        or c.type == tree.XML_ENTITY_REF_NODE
        or c.type == tree.XML_PI_NODE
    )


cdef inline object _proxy(_Document doc, xmlNode* c):
    return elementFactory(doc, c)


cdef inline str _class_key(object cls, object ident):
    # _memo.class_key: the key of the caches of answers about a class and id
    if ident is None:
        return cls or ""
    return (cls or "") + "\0" + ident


# --- the attribute index ----------------------------------------------------------------------------------

# Attribute names are interned by libxml2's dictionary, but compared by content here (a page may
# come from several dictionaries); a small open-addressing table maps a name to the buffer where
# its values are joined by NUL, as UTF-8, decoded once per name at the end.
cdef struct _Buffer:
    char* data
    size_t size
    size_t capacity
    Py_ssize_t count  # values appended

cdef struct _Slot:
    const char* name  # NULL: an empty slot
    size_t hash
    Py_ssize_t index  # of the buffer in the table's buffers
    bint word

cdef struct _Table:
    _Slot* slots
    size_t mask
    size_t used
    _Buffer* buffers
    const char** names  # the names in order of first appearance, beside their buffers
    size_t buffer_capacity


cdef inline size_t _hash_bytes(const char* s, size_t length) noexcept nogil:
    # FNV-1a
    cdef size_t h = 1469598103934665603ULL, i
    for i in range(length):
        h = (h ^ <unsigned char>s[i]) * 1099511628211ULL
    return h


cdef inline size_t _hash(const char* s) noexcept nogil:
    return _hash_bytes(s, strlen(s))


cdef int _table_init(_Table* t) except -1:
    t.slots = <_Slot*>calloc(128, sizeof(_Slot))
    t.buffers = <_Buffer*>calloc(64, sizeof(_Buffer))
    t.names = <const char**>calloc(64, sizeof(const char*))
    if t.slots is NULL or t.buffers is NULL or t.names is NULL:
        _table_free(t)
        raise MemoryError()
    t.mask = 127
    t.used = 0
    t.buffer_capacity = 64
    return 0


cdef void _table_free(_Table* t) noexcept:
    cdef size_t i
    if t.buffers is not NULL:
        for i in range(t.used):
            free(t.buffers[i].data)
    free(t.slots)
    free(t.buffers)
    free(t.names)
    t.slots = NULL
    t.buffers = NULL
    t.names = NULL
    t.used = 0


cdef int _grow(_Table* t) except -1:
    cdef size_t size = (t.mask + 1) * 2
    cdef size_t i, j
    cdef _Slot* slots = <_Slot*>calloc(size, sizeof(_Slot))
    if slots is NULL:
        raise MemoryError()
    for i in range(t.mask + 1):
        if t.slots[i].name is not NULL:
            j = t.slots[i].hash & (size - 1)
            while slots[j].name is not NULL:
                j = (j + 1) & (size - 1)
            slots[j] = t.slots[i]
    free(t.slots)
    t.slots = slots
    t.mask = size - 1
    return 0


cdef _Slot* _slot(_Table* t, const char* name, frozenset word_names) except NULL:
    cdef size_t h = _hash(name)
    cdef size_t j = h & t.mask
    cdef _Slot* s
    cdef _Buffer* buffers
    cdef const char** names
    while True:
        s = &t.slots[j]
        if s.name is NULL:
            break
        if s.hash == h and strcmp(s.name, name) == 0:
            return s
        j = (j + 1) & t.mask
    if t.used == t.buffer_capacity:
        buffers = <_Buffer*>realloc(t.buffers, 2 * t.buffer_capacity * sizeof(_Buffer))
        if buffers is NULL:
            raise MemoryError()
        t.buffers = buffers
        names = <const char**>realloc(t.names, 2 * t.buffer_capacity * sizeof(const char*))
        if names is NULL:
            raise MemoryError()
        t.names = names
        t.buffer_capacity *= 2
    s.name = name
    s.hash = h
    s.index = t.used
    s.word = PyUnicode_DecodeUTF8(name, strlen(name), NULL) in word_names
    t.buffers[t.used].data = NULL
    t.buffers[t.used].size = 0
    t.buffers[t.used].capacity = 0
    t.buffers[t.used].count = 0
    t.names[t.used] = name
    t.used += 1
    if t.used * 2 > t.mask:
        _grow(t)
        return _slot(t, name, word_names)
    return s


cdef int _reserve(_Buffer* b, size_t need) except -1:
    """Make ``b`` hold at least ``need`` bytes in all (doubling its capacity)."""
    cdef size_t capacity
    cdef char* data
    if need > b.capacity:
        capacity = b.capacity * 2 if b.capacity else 256
        while capacity < need:
            capacity *= 2
        data = <char*>realloc(b.data, capacity)
        if data is NULL:
            raise MemoryError()
        b.data = data
        b.capacity = capacity
    return 0


cdef int _append(_Buffer* b, const char* text, size_t size) except -1:
    """Append NUL (unless ``b`` is empty) and ``size`` bytes of ``text``."""
    _reserve(b, b.size + size + 1)
    if b.count:
        b.data[b.size] = 0
        b.size += 1
    if size:
        memcpy(b.data + b.size, text, size)
        b.size += size
    b.count += 1
    return 0


cdef inline xmlNode* _value_node(xmlNode* el, xmlAttr* attr) noexcept:
    """The first child of the attribute lxml reads for ``attr``: the first of that name and
    namespace (what xmlGetNsProp finds)."""
    cdef xmlAttr* first = el.properties
    while first is not attr:
        if strcmp(<const char*>first.name, <const char*>attr.name) == 0 and _same_ns(first, attr):
            break
        first = first.next
    return first.children


cdef bytes _joined_value(xmlNode* child):
    # an attribute value of several nodes (XML entities, CDATA): their text joined
    parts = []
    while child is not NULL:
        if child.content is not NULL and (
            child.type == tree.XML_TEXT_NODE or child.type == tree.XML_CDATA_SECTION_NODE
        ):
            parts.append(<bytes>(<const char*>child.content))
        child = child.next
    return b"".join(parts)


cdef int _append_value(_Buffer* b, xmlNode* el, xmlAttr* attr) except -1:
    """Append the value lxml's ``.items()`` gives for ``attr`` of ``el``."""
    cdef xmlNode* child = _value_node(el, attr)
    cdef bytes joined
    if child is NULL:
        return _append(b, b"", 0)
    if child.next is NULL and child.type == tree.XML_TEXT_NODE:
        if child.content is NULL:
            return _append(b, b"", 0)
        return _append(b, <const char*>child.content, strlen(<const char*>child.content))
    joined = _joined_value(child)
    return _append(b, <const char*>joined, len(joined))


cdef str _attribute_value(xmlNode* el, xmlAttr* attr):
    """The value lxml gives for ``attr`` of ``el``, as a ``str``."""
    cdef xmlNode* child = _value_node(el, attr)
    if child is NULL:
        return ""
    if child.next is NULL and child.type == tree.XML_TEXT_NODE:
        if child.content is NULL:
            return ""
        return PyUnicode_DecodeUTF8(<const char*>child.content, strlen(<const char*>child.content), NULL)
    return _joined_value(child).decode("utf-8")


cdef inline bint _same_ns(xmlAttr* a, xmlAttr* b) noexcept:
    if a.ns is NULL or b.ns is NULL:
        return a.ns is b.ns
    if a.ns.href is NULL or b.ns.href is NULL:
        return a.ns.href is b.ns.href
    return strcmp(<const char*>a.ns.href, <const char*>b.ns.href) == 0


cdef str _attribute_name(xmlAttr* attr):
    name = PyUnicode_DecodeUTF8(<const char*>attr.name, strlen(<const char*>attr.name), NULL)
    if attr.ns is NULL or attr.ns.href is NULL:
        return name
    href = PyUnicode_DecodeUTF8(<const char*>attr.ns.href, strlen(<const char*>attr.ns.href), NULL)
    return "{%s}%s" % (href, name)


cdef struct _Tags:
    const char** names  # NULL: no tags are collected
    Py_ssize_t count


cdef int _index_walk(
    xmlNode* top, _Table* t, dict namespaced, _Buffer* words, frozenset word_names, list holders,
    _Tags* tags, list tagged,
) except -1:
    """Every attribute under ``top`` (itself included) in document order, into the table's buffers
    (namespaced ones into ``namespaced``, name -> list of values); with ``words`` not NULL the
    word attributes' values into it too, and with ``holders`` not None their elements' nodes
    (as integers) into it. With ``tags`` not NULL, ``(index of the tag, node as an integer)``
    of each element of those tags (without a namespace) into ``tagged``."""
    cdef xmlNode* c = top
    cdef xmlAttr* attr
    cdef _Slot* s
    cdef _Buffer* b
    cdef bytes encoded
    cdef const char* tag_name
    cdef Py_ssize_t i
    while True:
        if c.type == tree.XML_ELEMENT_NODE:
            if tags is not NULL and c.ns is NULL:
                tag_name = <const char*>c.name
                for i in range(tags.count):
                    if tags.names[i][0] == tag_name[0] and strcmp(tag_name, tags.names[i]) == 0:
                        tagged.append((i, <size_t>c))
                        break
            attr = c.properties
            while attr is not NULL:
                if attr.type == tree.XML_ATTRIBUTE_NODE:
                    if attr.ns is NULL:
                        s = _slot(t, <const char*>attr.name, word_names)
                        b = &t.buffers[s.index]
                        _append_value(b, c, attr)
                        if s.word and words is not NULL:
                            _append_value(words, c, attr)
                            if holders is not None:
                                holders.append(<size_t>c)
                    else:
                        value = _attribute_value(c, attr)
                        name = _attribute_name(attr)
                        namespaced.setdefault(name, []).append(value)
                        if words is not NULL and name in word_names:
                            encoded = value.encode("utf-8")
                            _append(words, <const char*>encoded, len(encoded))
                            if holders is not None:
                                holders.append(<size_t>c)
                attr = attr.next
            if c.children is not NULL:
                c = c.children
                continue
        while True:
            if c is top:
                return 0
            if c.next is not NULL:
                c = c.next
                break
            c = c.parent


cdef str _joined(_Buffer* b):
    # "\0".join(values), and "\0" for one empty value (the attribute is there)
    if b.count == 0:
        return ""
    if b.size == 0:
        return "\0"
    return PyUnicode_DecodeUTF8(b.data, b.size, NULL)


cdef dict _texts(_Table* t, dict namespaced):
    cdef size_t i
    texts = {}
    for i in range(t.used):
        texts[PyUnicode_DecodeUTF8(t.names[i], strlen(t.names[i]), NULL)] = _joined(&t.buffers[i])
    for name, values in namespaced.items():
        texts[name] = "\0".join(values) or ("\0" if values else "")
    return texts


def index_page(_Element root not None, frozenset word_names not None, tuple tags not None):
    """One walk for the page's attribute index and its tag index.

    ``(texts, word_text, elements, names, by_name)``: every attribute's values joined by NUL in
    document order, by name (with the elements beside the root, as ``//@name`` sees them); the
    values of the ``word_names`` attributes of the elements under the root joined the same way,
    in document order (:func:`word_holders` gives the element of each); and what
    ``root.iter(*tags)`` gives (only elements without a namespace), each element's tag (the
    strings of ``tags`` themselves), and the elements of each tag."""
    cdef xmlNode* c_root = root._c_node
    cdef xmlNode* c
    cdef _Table t
    cdef _Buffer words
    cdef dict namespaced = {}
    cdef _Tags wanted
    cdef list found_tags = []
    cdef list encoded = [tag.encode("utf-8") for tag in tags]  # keeps the bytes the pointers read
    cdef Py_ssize_t i
    words.data = NULL
    words.size = words.capacity = 0
    words.count = 0
    wanted.count = len(tags)
    wanted.names = <const char**>calloc(wanted.count + 1, sizeof(const char*))
    if wanted.names is NULL:
        raise MemoryError()
    for i in range(wanted.count):
        wanted.names[i] = <const char*>(<bytes>encoded[i])
    t.slots = NULL
    t.buffers = NULL
    t.names = NULL
    try:
        _table_init(&t)
        _index_walk(c_root, &t, namespaced, &words, word_names, None, &wanted, found_tags)
        word_text = PyUnicode_DecodeUTF8(words.data, words.size, NULL) if words.size else ""
        c = c_root.prev
        while c is not NULL and not _is_element_like(c):
            c = c.prev
        if c is NULL:
            c = c_root.next
            while c is not NULL and not _is_element_like(c):
                c = c.next
        if c is not NULL:
            # top-level elements beside the root (a broken page's second <html>): the values are
            # collected again over all of them, in document order
            _table_free(&t)
            _table_init(&t)
            namespaced = {}
            c = c_root
            while c.prev is not NULL:
                c = c.prev
            while c is not NULL:
                if _is_element_like(c):
                    _index_walk(c, &t, namespaced, NULL, word_names, None, NULL, None)
                c = c.next
        texts = _texts(&t, namespaced)
    finally:
        _table_free(&t)
        free(words.data)
        free(wanted.names)
    elements = []
    names = []
    by_name = {}
    for i, node in found_tags:
        element = _proxy(root._doc, <xmlNode*><size_t>node)
        tag = tags[i]
        elements.append(element)
        names.append(tag)
        by_name.setdefault(tag, []).append(element)
    return texts, word_text, elements, names, by_name


def word_holders(_Element root not None, frozenset word_names not None, indexes):
    """The element carrying each of the word values numbered ``indexes`` (ascending) in the order
    :func:`index_page` joined them: a walk that counts the word attributes, reading no value."""
    cdef xmlNode* top = root._c_node
    cdef xmlNode* c = top
    cdef xmlAttr* attr
    cdef Py_ssize_t number = 0, k = 0, count, i
    cdef list wanted = list(indexes)
    cdef list found = []
    cdef list encoded = [name.encode("utf-8") for name in word_names]
    cdef Py_ssize_t names = len(encoded)
    cdef const char** plain = <const char**>calloc(names + 1, sizeof(const char*))
    cdef Py_ssize_t target
    cdef bint word
    count = len(wanted)
    if plain is NULL:
        raise MemoryError()
    try:
        for i in range(names):
            plain[i] = <const char*>(<bytes>encoded[i])
        if count == 0:
            return found
        target = wanted[0]
        while c is not NULL:
            if c.type == tree.XML_ELEMENT_NODE:
                attr = c.properties
                while attr is not NULL:
                    if attr.type == tree.XML_ATTRIBUTE_NODE:
                        if attr.ns is NULL:
                            word = False
                            for i in range(names):
                                if plain[i][0] == attr.name[0] and strcmp(<const char*>attr.name, plain[i]) == 0:
                                    word = True
                                    break
                        else:
                            word = _attribute_name(attr) in word_names
                        if word:
                            while number == target:
                                found.append(_proxy(root._doc, c))
                                k += 1
                                if k == count:
                                    return found
                                target = wanted[k]
                            number += 1
                    attr = attr.next
            c = _next_in(c, top, True)
    finally:
        free(plain)
    return found


# --- simple selectors -------------------------------------------------------------------------------------

# the attribute tests of a simple selector (_context.simple_selector builds them)
cdef enum:
    _EXISTS = 0
    _EQUALS = 1
    _INCLUDES = 2
    _PREFIX = 3
    _SUFFIX = 4
    _SUBSTRING = 5

cdef struct _Test:
    const char* name
    int op
    const char* value
    size_t length

cdef struct _Part:
    const char* tag  # NULL: any element
    Py_ssize_t first, count  # its tests: tests[first:first + count]


cdef inline bint _xml_space(char c) noexcept:
    return c == 32 or c == 9 or c == 10 or c == 13  # XPath's normalize-space()


cdef bint _includes(const char* value, const char* word, size_t length) noexcept:
    # ``word`` is one of the whitespace-separated tokens of ``value``
    cdef const char* at = strstr(value, word)
    while at is not NULL:
        if (at == value or _xml_space((at - 1)[0])) and (at[length] == 0 or _xml_space(at[length])):
            return True
        at = strstr(at + 1, word)
    return False


cdef int _passes(xmlNode* c, _Test* test) noexcept:
    """1 when ``c`` passes the attribute test, 0 when not, -1 when its value is made of several
    nodes (XPath decides)."""
    cdef const char* value = NULL
    cdef int found = _plain_attribute(c, test.name, &value)
    cdef size_t size
    if found != 1:
        return -1 if found == 2 else 0
    if test.op == _EXISTS:
        return 1
    if test.op == _EQUALS:
        return strcmp(value, test.value) == 0
    if test.op == _INCLUDES:
        return _includes(value, test.value, test.length)
    if test.op == _PREFIX:
        return strncmp(value, test.value, test.length) == 0
    if test.op == _SUBSTRING:
        return strstr(value, test.value) is not NULL
    size = strlen(value)
    return size >= test.length and memcmp(value + size - test.length, test.value, test.length) == 0


cdef inline xmlNode* _past(xmlNode* c, xmlNode* top) noexcept:
    """The node after ``c`` and its subtree in document order, staying below ``top``; NULL when
    none is left (``c`` may be ``top`` itself)."""
    if c is top:
        return NULL
    while c.next is NULL:
        c = c.parent
        if c is top or c is NULL:
            return NULL
    return c.next


def select(_Element root not None, tuple parts not None):
    """The elements from ``root`` down (itself included, document order) that match one of
    ``parts``, what the XPath of a group of simple selectors (a tag or none, then class, id and
    attribute tests, no combinators) finds; None when a value it reads is made of several nodes.

    ``parts`` holds ``(tag, tests)`` pairs: ``tag`` bytes or None for any element, ``tests``
    ``(name, operator, value)`` triples (bytes, an operator number of ``_context``, bytes)."""
    cdef Py_ssize_t n_parts = len(parts), n_tests = 0, i, j, k
    cdef _Part* c_parts = <_Part*>malloc((n_parts + 1) * sizeof(_Part))
    cdef _Test* tests = NULL
    cdef xmlNode* c
    cdef xmlNode* top = root._c_node
    cdef int passed
    cdef bint matched
    found = []
    if c_parts is NULL:
        raise MemoryError()
    try:
        for tag, part_tests in parts:
            n_tests += len(part_tests)
        tests = <_Test*>malloc((n_tests + 1) * sizeof(_Test))
        if tests is NULL:
            raise MemoryError()
        k = 0
        for i in range(n_parts):
            tag, part_tests = parts[i]
            c_parts[i].tag = NULL if tag is None else <const char*>(<bytes>tag)
            c_parts[i].first = k
            c_parts[i].count = len(part_tests)
            for name, op, value in part_tests:
                tests[k].name = <const char*>(<bytes>name)
                tests[k].op = op
                tests[k].value = <const char*>(<bytes>value)
                tests[k].length = len(<bytes>value)
                k += 1
        c = top
        while c is not NULL:
            if c.type == tree.XML_ELEMENT_NODE:
                for i in range(n_parts):
                    # XPath's name test: that local name, no namespace
                    if c_parts[i].tag is not NULL and (c.ns is not NULL or strcmp(<const char*>c.name, c_parts[i].tag) != 0):
                        continue
                    matched = True
                    for j in range(c_parts[i].first, c_parts[i].first + c_parts[i].count):
                        passed = _passes(c, &tests[j])
                        if passed == -1:
                            return None
                        if not passed:
                            matched = False
                            break
                    if matched:
                        found.append(_proxy(root._doc, c))
                        break
                if c.children is not NULL:
                    c = c.children
                    continue
            c = _past(c, top)
    finally:
        free(c_parts)
        free(tests)
    return found


# --- hint words in the word attributes --------------------------------------------------------------------

cdef inline unsigned int _ascii_lower(Py_UCS4 ch) noexcept:
    cdef unsigned int code = <unsigned int>ch
    return code + 32 if 65 <= code <= 90 else code


cdef inline Py_UCS4 _read(int kind, void* data, Py_ssize_t i) noexcept:
    # PyUnicode_READ, the one-byte case first (the common one)
    if kind == PyUnicode_1BYTE_KIND:
        return (<const unsigned char*>data)[i]
    return PyUnicode_READ(kind, data, i)


cdef inline bint _pair(unsigned char[128][16] pairs, unsigned int first, unsigned int second) noexcept:
    return second < 128 and pairs[first][second >> 3] & (1 << (second & 7))


def hint_values(str joined not None, tuple words not None):
    """What ``landmarks._hint_values`` finds, in two lists: the numbers of the NUL-separated
    values of ``joined`` holding one of ``words`` (lower-case ASCII) in any case, ascending, and
    ``(number, value)`` for the other values not in ASCII (a case-insensitive regex decides
    those: Unicode case folding is not ASCII's)."""
    cdef int kind = PyUnicode_KIND(joined)
    cdef void* data = PyUnicode_DATA(joined)
    cdef Py_ssize_t n = len(joined), i = 0, start, j, k, w, index = 0, length
    cdef Py_ssize_t count = len(words)
    cdef bint ascii, hit
    cdef Py_UCS4 ch
    cdef unsigned int starts[128]  # bit w: word w starts with this letter
    cdef unsigned int code
    cdef unsigned char pairs[128][16]  # some word starts with these two letters (a bitmap)
    cdef const char** c_words = <const char**>malloc((count + 1) * sizeof(const char*))
    cdef Py_ssize_t* lengths = <Py_ssize_t*>malloc((count + 1) * sizeof(Py_ssize_t))
    found = []
    odd = []
    if c_words is NULL or lengths is NULL:
        free(c_words)
        free(lengths)
        raise MemoryError()
    try:
        encoded = [(<str>word).encode("ascii") for word in words]
        memset(starts, 0, sizeof(starts))
        memset(pairs, 0, sizeof(pairs))
        for w in range(count):
            c_words[w] = <const char*>(<bytes>encoded[w])
            lengths[w] = len(<bytes>encoded[w])
            if not lengths[w] or <unsigned char>c_words[w][0] >= 128 or w >= 32:
                raise ValueError("up to 32 hint words, non-empty, in ASCII")
            starts[<unsigned char>c_words[w][0]] |= (<unsigned int>1) << w
            if lengths[w] == 1 or <unsigned char>c_words[w][1] >= 128:
                raise ValueError("hint words of two letters or more")
            pairs[<unsigned char>c_words[w][0]][<unsigned char>c_words[w][1] >> 3] |= 1 << (<unsigned char>c_words[w][1] & 7)
        while i <= n:
            start = i
            ascii = True
            hit = False
            while i < n:
                ch = _read(kind, data, i)
                if ch == 0:
                    break
                if ch >= 128:
                    ascii = False
                elif not hit:
                    code = _ascii_lower(ch)
                    if starts[code] and i + 1 < n and _pair(pairs, code, _ascii_lower(_read(kind, data, i + 1))):
                        for w in range(count):
                            if not starts[code] & ((<unsigned int>1) << w) or i + lengths[w] > n:
                                continue
                            k = 1
                            while k < lengths[w]:
                                if _ascii_lower(_read(kind, data, i + k)) != <unsigned char>c_words[w][k]:
                                    break
                                k += 1
                            if k == lengths[w]:
                                hit = True
                                break
                i += 1
            if hit:
                found.append(index)
            elif not ascii:
                odd.append((index, joined[start:i]))
            index += 1
            i += 1  # past the NUL (or the end)
    finally:
        free(c_words)
        free(lengths)
    return found, odd


# --- text lengths -----------------------------------------------------------------------------------------


cdef inline Py_UCS4 _decode(const unsigned char* s, Py_ssize_t* size) noexcept:
    cdef unsigned char b = s[0]
    if b < 0x80:
        size[0] = 1
        return b
    if b < 0xE0:
        size[0] = 2
        return ((b & 0x1F) << 6) | (s[1] & 0x3F)
    if b < 0xF0:
        size[0] = 3
        return ((b & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F)
    size[0] = 4
    return ((b & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F)


cdef Py_ssize_t _stripped_len(const unsigned char* s, Py_ssize_t n) noexcept:
    """``len(text.strip())`` of the UTF-8 text ``s`` of ``n`` bytes (libxml2 holds valid UTF-8)."""
    cdef Py_ssize_t i = 0, j = n, k, step, count = 0
    cdef Py_UCS4 cp
    while i < n:
        cp = _decode(s + i, &step)
        if not Py_UNICODE_ISSPACE(cp):
            break
        i += step
    if i >= n:
        return 0
    while j > i:
        k = j - 1
        while (s[k] & 0xC0) == 0x80:
            k -= 1
        cp = _decode(s + k, &step)
        if not Py_UNICODE_ISSPACE(cp):
            break
        j = k
    for k in range(i, j):
        if (s[k] & 0xC0) != 0x80:
            count += 1
    return count


cdef inline Py_ssize_t _commas(const unsigned char* s) noexcept:
    cdef Py_ssize_t count = 0
    while s[0]:
        if s[0] == 44:  # ","
            count += 1
        s += 1
    return count


cdef inline xmlNode* _text_node(xmlNode* c) noexcept:
    # lxml's _textNodeOrSkip: a text or CDATA node, XInclude markers stepped over, else NULL
    while c is not NULL:
        if c.type == tree.XML_TEXT_NODE or c.type == tree.XML_CDATA_SECTION_NODE:
            return c
        if c.type == tree.XML_XINCLUDE_START or c.type == tree.XML_XINCLUDE_END:
            c = c.next
        else:
            return NULL
    return NULL


cdef bytes _joined_text(xmlNode* first):
    # text split over several nodes (CDATA, XInclude markers between): their contents joined
    parts = []
    while first is not NULL:
        if first.content is not NULL:
            parts.append(<bytes>(<const char*>first.content))
        first = _text_node(first.next)
    return b"".join(parts)


cdef Py_ssize_t _text_size(xmlNode* c, Py_ssize_t* commas) except -1:
    """``len(t.strip())`` of the text lxml reads from node ``c`` on (an element's ``.text`` from its
    first child, its ``.tail`` from its next sibling), and its commas when that is not 0."""
    cdef xmlNode* first = _text_node(c)
    cdef xmlNode* following
    cdef Py_ssize_t size
    cdef bytes joined
    commas[0] = 0
    if first is NULL:
        return 0
    following = _text_node(first.next)
    if following is NULL:
        if first.content is NULL:
            return 0
        size = _stripped_len(first.content, strlen(<const char*>first.content))
        if size:
            commas[0] = _commas(first.content)
        return size
    joined = _joined_text(first)
    size = _stripped_len(<const unsigned char*><const char*>joined, len(joined))
    if size:
        commas[0] = joined.count(b",")
    return size


# --- inline text ------------------------------------------------------------------------------------------

cdef int _add(_Buffer* b, const char* text, size_t size) except -1:
    """Append ``size`` bytes of ``text`` (no separator)."""
    if size:
        _reserve(b, b.size + size)
        memcpy(b.data + b.size, text, size)
        b.size += size
    return 0


cdef int _add_text(_Buffer* b, xmlNode* c) except -1:
    # lxml's .text (from an element's first child) or .tail (from its next sibling)
    c = _text_node(c)
    while c is not NULL:
        if c.content is not NULL:
            _add(b, <const char*>c.content, strlen(<const char*>c.content))
        c = _text_node(c.next)
    return 0


cdef int _inline_walk(
    _Buffer* b, _Document doc, xmlNode* node, set skip, frozenset never, int depth, int max_depth
) except -1:
    """``blocks._inline_parts`` into ``b``: 1 when done, 0 when a comment, processing
    instruction or entity reference comes (lxml reads those in ways this walk does not)."""
    cdef xmlNode* child = node.children
    cdef str tag
    _add_text(b, child)
    while child is not NULL:
        if not _is_element_like(child):
            child = child.next
            continue
        if child.type != tree.XML_ELEMENT_NODE:
            return 0
        tag = None
        if child.ns is NULL:
            tag = PyUnicode_DecodeUTF8(<const char*>child.name, strlen(<const char*>child.name), NULL)
        if (child._private is not NULL and _proxy(doc, child) in skip) or tag in never or depth > max_depth:
            pass
        elif tag == "br":
            _add(b, b"\0", 1)
        elif not _inline_walk(b, doc, child, skip, never, depth + 1, max_depth):
            return 0
        _add_text(b, child.next)
        child = child.next
    return 1


def inline_text(_Element el not None, set skip not None, frozenset never not None, int max_depth):
    """``"".join`` of what ``blocks._inline_parts(el, skip, parts, 0)`` collects (a NUL for each
    ``<br>``), ``never`` being the tags it steps over; None when the element holds a node the
    Python walk must read."""
    cdef _Buffer b
    b.data = NULL
    b.size = b.capacity = 0
    b.count = 0
    try:
        if not _inline_walk(&b, el._doc, el._c_node, skip, never, 0, max_depth):
            return None
        if not b.size:
            return ""
        return PyUnicode_DecodeUTF8(b.data, b.size, NULL)
    finally:
        free(b.data)


# --- text sizes of subtrees ------------------------------------------------------------------------------

cdef inline Py_ssize_t _code_points(const unsigned char* s) noexcept:
    cdef Py_ssize_t count = 0
    while s[0]:
        if (s[0] & 0xC0) != 0x80:
            count += 1
        s += 1
    return count


cdef inline xmlNode* _next_in(xmlNode* c, xmlNode* top, bint descend) noexcept:
    """The node after ``c`` in document order within ``top`` (NULL at the end); with ``descend``
    false, ``c``'s children are stepped over."""
    if descend and c.type == tree.XML_ELEMENT_NODE and c.children is not NULL:
        return c.children
    while c is not top:
        if c.next is not NULL:
            return c.next
        c = c.parent
    return NULL


def surely_below(_Element el not None, double limit):
    """``len(string(el)) < limit`` and no ``<article>`` below ``el``: what ``_surely_below`` tells,
    stopping as soon as the answer is known. None for a subtree holding entity references, whose
    string value this does not read."""
    return _surely_below(el._c_node, limit)


cdef object _surely_below(xmlNode* top, double limit):
    cdef xmlNode* c = _next_in(top, top, True) if top.children is not NULL else NULL
    cdef Py_ssize_t chars = 0
    if 0 >= limit:
        return False
    while c is not NULL:
        if c.type == tree.XML_TEXT_NODE or c.type == tree.XML_CDATA_SECTION_NODE:
            if c.content is not NULL:
                chars += _code_points(c.content)
                if chars >= limit:
                    return False
        elif c.type == tree.XML_ELEMENT_NODE:
            if c.ns is NULL and strcmp(<const char*>c.name, b"article") == 0:
                return False
        elif c.type == tree.XML_ENTITY_REF_NODE:
            return None
        c = _next_in(c, top, True)
    return True


cdef Py_ssize_t _itertext_size(xmlNode* p) except -2:
    """The stripped sizes of ``p.itertext()``'s pieces, summed; -1 for a subtree holding nodes
    other than elements and text (``itertext`` reads those in ways not copied here)."""
    cdef Py_ssize_t total, commas
    cdef xmlNode* c
    total = _text_size(p.children, &commas)
    c = p.children
    while c is not NULL:
        if c.type == tree.XML_ELEMENT_NODE:
            total += _text_size(c.children, &commas)
        elif _is_element_like(c):
            return -1
        if c.type == tree.XML_ELEMENT_NODE and c.children is not NULL:
            c = c.children
            continue
        # leaving c (and the ancestors whose last child it is): their tails
        while c is not p:
            if c.type == tree.XML_ELEMENT_NODE:
                total += _text_size(c.next, &commas)
            if c.next is not NULL:
                c = c.next
                break
            c = c.parent
        else:
            break
    return total


def paragraph_chars(_Element root not None):
    """``_paragraph_chars(root)``: the stripped text pieces of every ``<p>`` under ``root`` (itself
    included), summed. None when a paragraph holds comments, processing instructions or entity
    references."""
    cdef xmlNode* top = root._c_node
    cdef xmlNode* c = top
    cdef Py_ssize_t total = 0, size
    while c is not NULL:
        if c.type == tree.XML_ELEMENT_NODE and c.ns is NULL and strcmp(<const char*>c.name, b"p") == 0:
            size = _itertext_size(c)
            if size < 0:
                return None
            total += size
        c = _next_in(c, top, True)
    return total


# --- the date walk's text snippets -------------------------------------------------------------------------


cdef str _collected_text(xmlNode* c):
    """What lxml gives as ``.text`` (from an element's first child) or ``.tail`` (from its next
    sibling): the text of the text nodes from ``c`` on, joined; None when there is none."""
    cdef xmlNode* first = _text_node(c)
    if first is NULL:
        return None
    if _text_node(first.next) is NULL:
        if first.content is NULL:
            return ""
        return PyUnicode_DecodeUTF8(<const char*>first.content, strlen(<const char*>first.content), NULL)
    return _joined_text(first).decode("utf-8")


cdef bint _named(xmlNode* c, const char* name) noexcept:
    return c.type == tree.XML_ELEMENT_NODE and c.ns is NULL and strcmp(<const char*>c.name, name) == 0


cdef bint _in_article(xmlNode* c) noexcept:
    c = c.parent
    while c is not NULL and c.type == tree.XML_ELEMENT_NODE:
        if _named(c, b"article"):
            return True
        c = c.parent
    return False


cdef struct _Step:
    xmlNode* node
    int hint
    bint closing


def snippets(
    _Element body not None, headline, frozenset safe not None, head_block not None,
    Py_ssize_t most, frozenset skip_tags not None, tuple helpers not None,
):
    """What ``dates._snippets_in_python`` yields, in the same order, for the same arguments: the
    page's text snippets outside chrome, ``(text, hinted, after_h1, element)``.

    ``helpers`` are the Python functions consulted: the class verdict and the date-word hints
    of a class and id, the whole ``_skip`` (for tags whose rules read more than the class:
    ``aside``, ``header``, non-elements), ``follows_headline`` and ``_written_date``; then the
    caches of the first two, read here first.
    """
    class_verdict, word_hints, skip_python, follows_headline, written_date, verdicts, hints = helpers
    cdef dict verdicts_ = verdicts, hints_ = hints
    cdef _Document doc = body._doc
    cdef xmlNode* c_body = body._c_node
    cdef xmlNode* c_headline = (<_Element>headline)._c_node if headline is not None else NULL
    cdef xmlNode* c
    cdef xmlNode* child
    cdef Py_ssize_t count = 0, size, commas, capacity = 256, depth = 0
    cdef int hint, level, own, verdict
    cdef bint seen_h1 = False, skip, updated, words_read
    cdef _Step* stack = <_Step*>malloc(capacity * sizeof(_Step))
    cdef _Step* grown
    cdef str tag
    if stack is NULL:
        raise MemoryError()
    try:
        stack[0].node = c_body
        stack[0].hint = 0
        stack[0].closing = False
        depth = 1
        while depth and count < most:
            depth -= 1
            c = stack[depth].node
            hint = stack[depth].hint
            if stack[depth].closing:
                if _text_size(c.next, &commas):
                    parent = c.parent
                    owner = (
                        _proxy(doc, parent)
                        if parent is not NULL and _is_element_like(parent)
                        else _proxy(doc, c)
                    )
                    count += 1
                    yield (_collected_text(c.next), hint > 0, seen_h1, owner)
                continue
            skip = False
            tag = None
            words_read = False  # the class and id below, once read, serve the word hints too
            if c is not c_body and not (c._private is not NULL and _proxy(doc, c) in safe):
                if c.type != tree.XML_ELEMENT_NODE or c.ns is not NULL:
                    skip = skip_python(_proxy(doc, c), headline)
                else:
                    tag = PyUnicode_DecodeUTF8(<const char*>c.name, strlen(<const char*>c.name), NULL)
                    if tag in skip_tags:
                        skip = True if tag != "aside" else skip_python(_proxy(doc, c), headline)
                    elif tag == "main" or tag == "article":
                        skip = False
                    elif tag == "header":
                        skip = skip_python(_proxy(doc, c), headline)
                    else:
                        ident = _get(c, b"id")
                        cls = _get(c, b"class")
                        words_read = True
                        if tag == "div" and ident is not None and (<str>ident).startswith("wm-ipp"):
                            skip = True
                        else:
                            found = verdicts_.get(_class_key(cls, ident))
                            verdict = class_verdict(cls, ident) if found is None else <int>found
                            skip = verdict == 1 or (verdict == 2 and not _in_article(c))
                if skip and (tag is None or tag not in skip_tags):
                    skip = not follows_headline(_proxy(doc, c), head_block)
            if skip:
                if tag == "script":
                    written = written_date(_proxy(doc, c))
                    if written:
                        count += 1
                        yield (written, hint > 0, seen_h1, _proxy(doc, c))
                if _text_size(c.next, &commas):
                    count += 1
                    yield (_collected_text(c.next), hint > 0, seen_h1, _proxy(doc, c))
                continue
            if c.type == tree.XML_ELEMENT_NODE:
                if tag is None:
                    tag = (
                        PyUnicode_DecodeUTF8(<const char*>c.name, strlen(<const char*>c.name), NULL)
                        if c.ns is NULL
                        else _proxy(doc, c).tag
                    )
                if not words_read:
                    cls = _get(c, b"class")
                    ident = _get(c, b"id")
                found = hints_.get(_class_key(cls, ident))
                updated, own = word_hints(cls, ident) if found is None else found
            else:
                found = hints_.get("")
                updated, own = word_hints(None, None) if found is None else found
            if updated:
                if _text_size(c.next, &commas):
                    count += 1
                    yield (_collected_text(c.next), hint > 0, seen_h1, _proxy(doc, c))
                continue
            level = own if own > hint - 1 else hint - 1
            if tag == "time" and level < 1:
                level = 1
            if tag == "h1" and (c_headline is NULL or c is c_headline):
                seen_h1 = True
            if c.type == tree.XML_ELEMENT_NODE:
                if _text_size(c.children, &commas):
                    count += 1
                    yield (_collected_text(c.children), level > 0, seen_h1, _proxy(doc, c))
            else:  # a comment, processing instruction or entity reference: lxml's .text of it
                own_text = _proxy(doc, c).text
                if own_text and own_text.strip():
                    count += 1
                    yield (own_text, level > 0, seen_h1, _proxy(doc, c))
            # the closing step, then the children, the first on top
            size = 1
            if c.type == tree.XML_ELEMENT_NODE:
                child = c.children
                while child is not NULL:
                    if _is_element_like(child):
                        size += 1
                    child = child.next
            if depth + size > capacity:
                while depth + size > capacity:
                    capacity *= 2
                grown = <_Step*>realloc(stack, capacity * sizeof(_Step))
                if grown is NULL:
                    raise MemoryError()
                stack = grown
            stack[depth].node = c
            stack[depth].hint = hint
            stack[depth].closing = True
            depth += 1
            if c.type == tree.XML_ELEMENT_NODE:
                child = c.last
                while child is not NULL:
                    if _is_element_like(child):
                        stack[depth].node = child
                        stack[depth].hint = level
                        stack[depth].closing = False
                        depth += 1
                    child = child.prev
    finally:
        free(stack)


# --- the article body's container -------------------------------------------------------------------------


def main_element(_Element root not None, tuple words not None, search not None):
    """What ``landmarks._main_in_python`` finds: the first ``div``, ``section``, ``article`` or
    ``main`` whose ``itemprop`` holds the token ``articleBody`` or whose class ``search`` (the
    class pattern) matches, else the first ``article``, else None. An attribute value becomes a
    string only when it holds the token or one of ``words`` (the pattern's words) at all."""
    cdef xmlNode* top = root._c_node
    cdef xmlNode* c = top
    cdef xmlNode* first_article = NULL
    cdef xmlNode* value
    cdef xmlAttr* attr
    cdef const char* name
    cdef list encoded = [w.encode("utf-8") for w in words]
    cdef Py_ssize_t i, count = len(encoded)
    cdef bint block
    while c is not NULL:
        if c.type == tree.XML_ELEMENT_NODE and c.ns is NULL:
            name = <const char*>c.name
            block = (
                strcmp(name, b"div") == 0 or strcmp(name, b"section") == 0
                or strcmp(name, b"article") == 0 or strcmp(name, b"main") == 0
            )
            if block:
                attr = c.properties
                while attr is not NULL:
                    if attr.ns is NULL and attr.type == tree.XML_ATTRIBUTE_NODE:
                        value = _value_node(c, attr)
                        if strcmp(<const char*>attr.name, b"itemprop") == 0 and _holds(value, b"articleBody"):
                            if "articleBody" in (_get(c, b"itemprop") or "").split():
                                return _proxy(root._doc, c)
                        elif strcmp(<const char*>attr.name, b"class") == 0:
                            for i in range(count):
                                if _holds(value, <const char*>(<bytes>encoded[i])):
                                    if search(_get(c, b"class")):
                                        return _proxy(root._doc, c)
                                    break
                    attr = attr.next
                if first_article is NULL and strcmp(name, b"article") == 0:
                    first_article = c
        c = _next_in(c, top, True)
    return _proxy(root._doc, first_article) if first_article is not NULL else None


cdef bint _holds(xmlNode* value, const char* word) noexcept:
    """Whether an attribute value's text nodes hold ``word`` (the value split in several nodes
    counts as holding it: the caller then reads the whole value)."""
    if value is NULL:
        return False
    if value.next is not NULL:
        return True
    return value.content is not NULL and strstr(<const char*>value.content, word) is not NULL


# --- the body's measuring walk ----------------------------------------------------------------------------

# what the walk needs to know of a tag, from the Python module's tag sets
cdef enum:
    _K_NOT_MEASURED = 1
    _K_STRUCTURAL = 2
    _K_INLINE = 4
    _K_PARA = 8
    _K_A = 16
    _K_LI = 32


cdef struct _Sizes:
    Py_ssize_t chars
    Py_ssize_t links
    Py_ssize_t commas


cdef bint _has_attribute(xmlNode* c, const char* name) noexcept:
    cdef xmlAttr* attr = c.properties
    while attr is not NULL:
        if attr.ns is NULL and strcmp(<const char*>attr.name, name) == 0:
            return True
        attr = attr.next
    return False


cdef object _get(xmlNode* c, const char* name):
    """``el.get(name)``: the value of the first attribute of that name without a namespace."""
    cdef xmlAttr* attr = c.properties
    while attr is not NULL:
        if attr.ns is NULL and strcmp(<const char*>attr.name, name) == 0:
            return _attribute_value(c, attr)
        attr = attr.next
    return None


cdef xmlNode* _first_named(xmlNode* el, const char* name) noexcept:
    """The first element below ``el`` (in document order) called ``name``, in any namespace."""
    cdef xmlNode* c = el.children
    while c is not NULL:
        if c.type == tree.XML_ELEMENT_NODE:
            if strcmp(<const char*>c.name, name) == 0:
                return c
            if c.children is not NULL:
                c = c.children
                continue
        c = _past(c, el)
    return NULL


cdef const char* _EMPTY = b""


cdef int _plain_attribute(xmlNode* c, const char* name, const char** value) noexcept:
    """Whether ``c`` has an attribute ``name`` without a namespace (0: no, 1: yes, its value in
    ``value``, 2: yes, but made of several nodes: read it with ``_get``)."""
    cdef xmlAttr* attr = c.properties
    cdef xmlNode* child
    while attr is not NULL:
        if attr.ns is NULL and strcmp(<const char*>attr.name, name) == 0:
            child = _value_node(c, attr)
            value[0] = _EMPTY
            if child is NULL:
                return 1
            if child.next is NULL and child.type == tree.XML_TEXT_NODE:
                if child.content is not NULL:
                    value[0] = <const char*>child.content
                return 1
            return 2
        attr = attr.next
    return 0


cdef class _Measure:
    """One run of ``_Analysis._measure`` (see there for what each step means and why)."""

    cdef _Document doc
    cdef set excluded
    cdef dict sizes, linked, flags, prose
    cdef list paras
    cdef Py_ssize_t para_total
    cdef int hiding, max_depth
    cdef double page_para_chars
    cdef object selectors, classify, hidden, plain_text_box, drop_share, surely_below
    cdef dict kinds
    cdef ClassRules rules
    cdef int hidden_attr, aria_hidden, hiding_style, drop, strong, teaser, content

    cdef int _kind(self, str tag) except -1:
        found = self.kinds.get(tag)
        if found is None:
            return 0
        return <int>found

    cdef str _tag(self, xmlNode* c, object proxy):
        if c.ns is not NULL:
            return proxy.tag  # a namespaced name: lxml's "{uri}name"
        return PyUnicode_DecodeUTF8(<const char*>c.name, strlen(<const char*>c.name), NULL)

    cdef bint _surely_below(self, xmlNode* c, object proxy, double limit) except -1:
        found = _surely_below(c, limit)
        if found is None:
            found = self.surely_below(proxy, limit)
        return bool(found)

    cdef double _drop_share(self, xmlNode* c, object proxy, str tag, int kind, int flags) except? -2:
        # measure._drop_share (-1 for its None); Python for the cases that read more
        cdef const char* itemprop = NULL
        cdef int has_itemprop
        cdef xmlNode* below
        if kind & _K_STRUCTURAL:
            if tag == "header":
                share = self.drop_share(proxy, tag, flags)
                return -1 if share is None else <double>share
            return 0.4
        if tag == "body" or tag == "html" or tag == "article" or tag == "main":
            return -1
        has_itemprop = _plain_attribute(c, b"itemprop", &itemprop)
        if has_itemprop == 1 and strcmp(itemprop, b"articleBody") == 0:
            return -1
        if has_itemprop == 2:  # a value of several nodes
            share = self.drop_share(proxy, tag, flags)
            return -1 if share is None else <double>share
        below = _first_named(c, b"h1")
        if below is not NULL:
            if below.ns is not NULL:  # lxml's name test decides on namespaced elements
                share = self.drop_share(proxy, tag, flags)
                return -1 if share is None else <double>share
            return -1
        return 0.8 if flags & self.strong and not flags & self.content else 0.4

    cdef bint _may_hide(self, xmlNode* c) noexcept:
        # whether _hidden could say yes: the element carries an attribute it reads
        if self.hiding & self.hidden_attr and _has_attribute(c, b"hidden"):
            return True
        if self.hiding & self.aria_hidden and _has_attribute(c, b"aria-hidden"):
            return True
        return bool(self.hiding & self.hiding_style and _has_attribute(c, b"style"))

    cdef _Sizes measure(self, xmlNode* el, object el_proxy, int depth) except *:
        cdef _Sizes out, sub
        cdef Py_ssize_t start_total = self.para_total
        cdef Py_ssize_t commas = 0, n, n_commas, mark, before
        cdef Py_ssize_t chars = _text_size(el.children, &commas)
        cdef Py_ssize_t flow = chars, flow_commas = commas, links = 0, flow_links = 0
        cdef Py_ssize_t c_size, c_links, c_commas
        cdef bint block_children = False, has_limit, drop, leaf
        cdef double limit
        cdef int flags, kind
        cdef xmlNode* child = el.children
        cdef xmlNode* grandchild
        cdef const char* c_cls = NULL
        cdef const char* c_ident = NULL
        cdef int has_class, has_id
        cdef str tag
        while child is not NULL:
            if not _is_element_like(child):
                child = child.next
                continue
            if child.type == tree.XML_ELEMENT_NODE and depth < self.max_depth:
                proxy = None
                if child.ns is not NULL:
                    proxy = _proxy(self.doc, child)
                tag = self._tag(child, proxy)
                kind = self._kind(tag)
                if (
                    kind & _K_NOT_MEASURED
                    or (child._private is not NULL and _proxy(self.doc, child) in self.excluded)
                    or (self.hiding and self._may_hide(child) and self.hidden(_proxy(self.doc, child), tag, self.hiding))
                ):
                    self.excluded.add(_proxy(self.doc, child))
                else:
                    proxy = _proxy(self.doc, child)
                    flags = 0
                    has_class = _plain_attribute(child, b"class", &c_cls)
                    has_id = _plain_attribute(child, b"id", &c_ident)
                    if has_class or has_id:
                        flags = -2
                        if self.rules is not None and has_class != 2 and has_id != 2:
                            flags = self.rules.classify(c_cls if has_class else NULL, c_ident if has_id else NULL)
                        if flags == -2:  # a value not in ASCII, or made of several nodes
                            flags = self.classify(self.selectors, _get(child, b"class"), _get(child, b"id"))
                        if flags == -1:
                            self.excluded.add(proxy)
                        elif flags:
                            if flags & self.teaser and not flags & self.strong and self.plain_text_box(proxy):
                                flags &= ~(self.drop | self.teaser)
                            self.flags[proxy] = flags
                    has_limit = False
                    limit = 0
                    if (flags & self.drop or kind & _K_STRUCTURAL) and flags != -1:
                        share = self._drop_share(child, proxy, tag, kind, flags)
                        if share >= 0:
                            has_limit = True
                            limit = self.page_para_chars * share
                    if flags == -1:
                        pass
                    elif has_limit and not kind & _K_LI and self._surely_below(child, proxy, limit):
                        self.excluded.add(proxy)
                    else:
                        leaf = True
                        grandchild = child.children
                        while grandchild is not NULL:
                            if _is_element_like(grandchild):
                                leaf = False
                                break
                            grandchild = grandchild.next
                        if leaf:
                            c_size = _text_size(child.children, &c_commas)
                            c_links = c_size if kind & _K_A else 0
                            self.sizes[proxy] = c_size
                            if c_links:
                                self.linked[proxy] = c_links
                            if c_size < 25 or kind & _K_INLINE:
                                drop = has_limit and limit > 0
                            else:
                                drop = has_limit and c_size < limit
                                if not drop:
                                    self.paras.append((proxy, c_size, c_links, c_commas, el_proxy))
                                    self.para_total += c_size
                                    self.prose[proxy] = c_size
                        elif has_limit:
                            mark = len(self.paras)
                            before = self.para_total
                            sub = self.measure(child, proxy, depth + 1)
                            c_size, c_links, c_commas = sub.chars, sub.links, sub.commas
                            drop = self.para_total - before < limit
                            if drop:
                                del self.paras[mark:]
                                self.para_total = before
                        else:
                            sub = self.measure(child, proxy, depth + 1)
                            c_size, c_links, c_commas = sub.chars, sub.links, sub.commas
                            drop = False
                        if drop:
                            self.excluded.add(proxy)
                        else:
                            chars += c_size
                            links += c_links
                            commas += c_commas
                            if kind & _K_INLINE:
                                flow += c_size
                                flow_links += c_links
                                flow_commas += c_commas
                            elif c_size:
                                block_children = True
            n = _text_size(child.next, &n_commas)
            if n:
                chars += n
                flow += n
                commas += n_commas
                flow_commas += n_commas
            child = child.next
        kind = self._kind(self._tag(el, el_proxy))
        if kind & _K_A:
            links = chars
        self.sizes[el_proxy] = chars
        if links:
            self.linked[el_proxy] = links
        if kind & _K_PARA:
            if chars >= 25:
                self.paras.append((el_proxy, chars, links, commas, el_proxy.getparent()))
                self.para_total += chars
        elif flow >= 25 and not kind & _K_INLINE:
            self.paras.append(
                (el_proxy, flow, flow_links, flow_commas, el_proxy if block_children else el_proxy.getparent())
            )
            self.para_total += flow
        if self.para_total != start_total:
            self.prose[el_proxy] = self.para_total - start_total
        out.chars = chars
        out.links = links
        out.commas = commas
        return out


def measure(analysis, _Element root not None, dict kinds not None, tuple helpers not None, tuple constants not None):
    """Run ``_Analysis._measure(root, 0)`` on ``analysis``: fill its ``chars``, ``linked``,
    ``flags``, ``prose``, ``paras``, ``excluded`` and ``para_total`` as the Python walk does.

    ``kinds`` maps a tag to its bits (1 not measured, 2 structural, 4 inline, 8 paragraph-like,
    16 ``a``, 32 ``li``); ``helpers`` are the Python functions the walk consults (``_classify``,
    ``_hidden``, ``_plain_text_box``, ``_drop_share``, ``_surely_below``); ``constants`` the walk's
    depth limit, the hint flags (drop, strong, teaser), the hiding checks (attribute,
    aria-hidden, style) and the content hint flag. ``_drop_share`` is compiled in here too
    (``_Measure._drop_share``), calling the Python one for what reads more than tags and
    attributes."""
    cdef _Measure walk = _Measure()
    walk.doc = root._doc
    walk.excluded = analysis.excluded
    walk.sizes = analysis.chars
    walk.linked = analysis.linked
    walk.flags = analysis.flags
    walk.prose = analysis.prose
    walk.paras = analysis.paras
    walk.para_total = analysis.para_total
    walk.hiding = analysis.hiding
    walk.page_para_chars = analysis.page_para_chars
    walk.selectors = analysis.selectors
    walk.rules = analysis.selectors.rules
    walk.kinds = kinds
    walk.classify, walk.hidden, walk.plain_text_box, walk.drop_share, walk.surely_below = helpers
    (
        walk.max_depth, walk.drop, walk.strong, walk.teaser,
        walk.hidden_attr, walk.aria_hidden, walk.hiding_style, walk.content,
    ) = constants
    try:
        sizes = walk.measure(root._c_node, root, 0)
    finally:
        analysis.para_total = walk.para_total
    return sizes.chars, sizes.links, sizes.commas


# --- long tags --------------------------------------------------------------------------------------------

cdef inline Py_ssize_t _find_lt(int kind, void* data, Py_ssize_t i, Py_ssize_t n) noexcept:
    """The index of the next "<" from ``i``, or ``n``."""
    cdef const char* hit
    cdef const uint16_t* wide
    cdef const Py_UCS4* wider
    if kind == PyUnicode_1BYTE_KIND:
        hit = <const char*>memchr(<const char*>data + i, 60, n - i)
        return n if hit is NULL else hit - <const char*>data
    if kind == PyUnicode_2BYTE_KIND:
        wide = <const uint16_t*>data
        while i < n and wide[i] != 60:
            i += 1
        return i
    wider = <const Py_UCS4*>data
    while i < n and wider[i] != 60:
        i += 1
    return i


cdef inline bint _tag_name_char(Py_UCS4 ch) noexcept:
    return not (Py_UNICODE_ISSPACE(ch) or ch == 60 or ch == 62 or ch == 47)  # "<", ">", "/"


def long_tags(str html not None, Py_ssize_t units):
    """Where ``_LONG_TAG.finditer(html)`` matches: ``(start, end)`` of every start tag name (``<``
    and a letter, then name characters) followed by at least ``units`` units before a ``<`` or
    ``>`` outside quotes, a unit being a quoted value or up to 16 other characters."""
    cdef Py_ssize_t n = len(html), i = 0, j, start, count, run
    cdef int kind = PyUnicode_KIND(html)
    cdef void* data = PyUnicode_DATA(html)
    cdef Py_UCS4 ch, quote
    found = []
    while True:
        i = _find_lt(kind, data, i, n)
        if i >= n - 1:
            break
        start = i
        i += 1
        ch = PyUnicode_READ(kind, data, i)
        if not ((65 <= ch <= 90) or (97 <= ch <= 122)):
            continue
        i += 1
        while i < n and _tag_name_char(PyUnicode_READ(kind, data, i)):
            i += 1
        # count the units after the name (the match ends there; the scan goes on from there)
        j = i
        count = 0
        while count < units and j < n:
            ch = PyUnicode_READ(kind, data, j)
            if ch == 34 or ch == 39:  # a quoted value: only with its closing quote
                quote = ch
                j += 1
                while j < n and PyUnicode_READ(kind, data, j) != quote:
                    j += 1
                if j >= n:
                    break
                j += 1
                count += 1
            elif ch == 60 or ch == 62:
                break
            else:
                run = 0
                while j < n and run < 16:
                    ch = PyUnicode_READ(kind, data, j)
                    if ch == 60 or ch == 62 or ch == 34 or ch == 39:
                        break
                    j += 1
                    run += 1
                count += 1
        if count >= units:
            found.append((start, i))
    return found


# --- whitespace -------------------------------------------------------------------------------------------

def clean(value):
    """``" ".join(value.replace("\\u200b", "").split())`` ("" for None and ""): whitespace runs
    (as ``str.split`` sees them) become one space, the ends are trimmed, zero-width spaces go."""
    if not value:
        return ""
    if type(value) is not str:
        return " ".join(value.replace("\u200b", "").split())
    cdef str text = <str>value
    cdef Py_ssize_t n = len(text), i, out = 0
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_UCS4 ch
    cdef bint space = False
    cdef Py_UCS4* buffer = <Py_UCS4*>malloc((n + 1) * sizeof(Py_UCS4))
    if buffer is NULL:
        raise MemoryError()
    try:
        for i in range(n):
            ch = PyUnicode_READ(kind, data, i)
            if ch == 0x200B:
                continue
            if Py_UNICODE_ISSPACE(ch):
                space = out > 0
                continue
            if space:
                buffer[out] = 32
                out += 1
                space = False
            buffer[out] = ch
            out += 1
        return PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buffer, out)
    finally:
        free(buffer)


# --- class-word hints -------------------------------------------------------------------------------------


cdef inline bint _word_char(char c) noexcept:
    return (97 <= c <= 122) or (48 <= c <= 57)  # [a-z0-9]: the hint patterns' word boundary


cdef class HintMatcher:
    """The body's class-word hint patterns as lists of literals: for each pattern, literals found
    anywhere and literals found between word boundaries (``[a-z0-9]`` on neither side), as
    ``hints._hint_pattern`` builds the regex from the same lists. For lower-cased ASCII words
    only (the caller sends the others to the regexes).

    Each position of a word is compared with the literals starting with its letter: every
    occurrence of every literal is seen, as a search of each literal would see it."""

    cdef list _keep  # the bytes the pointers below read
    cdef const char** _literals
    cdef size_t* _length
    cdef int* _pattern  # literal -> pattern number
    cdef char* _bounded  # literal -> found only between boundaries
    cdef Py_ssize_t _count
    cdef Py_ssize_t _first[257]  # the literals starting with byte b: _order[_first[b]:_first[b + 1]]
    cdef Py_ssize_t* _order
    # bit (b % 8) of _second[a][b // 8]: some literal starts with the bytes a, b (a one-byte
    # literal a sets all of a's): most positions of a word start no literal, and this says so
    cdef unsigned char _second[256][32]

    def __cinit__(self, tuple patterns not None):
        cdef Py_ssize_t i = 0, b
        self._keep = []
        rows = []
        for number, (free, bounded) in enumerate(patterns):
            for literal in free:
                rows.append((number, False, literal.encode("ascii")))
            for literal in bounded:
                rows.append((number, True, literal.encode("ascii")))
        self._count = len(rows)
        self._literals = <const char**>calloc(self._count + 1, sizeof(const char*))
        self._length = <size_t*>calloc(self._count + 1, sizeof(size_t))
        self._pattern = <int*>calloc(self._count + 1, sizeof(int))
        self._bounded = <char*>calloc(self._count + 1, sizeof(char))
        self._order = <Py_ssize_t*>calloc(self._count + 1, sizeof(Py_ssize_t))
        if (
            self._literals is NULL or self._length is NULL or self._pattern is NULL
            or self._bounded is NULL or self._order is NULL
        ):
            raise MemoryError()
        rows.sort(key=lambda row: row[2][:1])  # by first byte: each letter's literals together
        for b in range(257):
            self._first[b] = 0
        memset(self._second, 0, sizeof(self._second))
        for number, bounded, literal in rows:
            if not literal:
                raise ValueError("an empty literal matches everywhere")
            self._keep.append(literal)
            self._literals[i] = <const char*>(<bytes>literal)
            self._length[i] = len(literal)
            self._pattern[i] = number
            self._bounded[i] = bounded
            self._order[i] = i
            self._first[(<bytes>literal)[0] + 1] += 1
            if len(literal) == 1:
                memset(self._second[(<bytes>literal)[0]], 0xFF, 32)
            else:
                self._second[(<bytes>literal)[0]][(<bytes>literal)[1] // 8] |= 1 << ((<bytes>literal)[1] % 8)
            i += 1
        for b in range(256):
            self._first[b + 1] += self._first[b]

    def __dealloc__(self):
        free(self._literals)
        free(self._length)
        free(self._pattern)
        free(self._bounded)
        free(self._order)

    cdef int match(self, const char* text, size_t size) noexcept:
        """A bit per pattern that matches the lower-cased ASCII ``text`` of ``size`` bytes,
        followed by a NUL."""
        cdef size_t p, end, length
        cdef Py_ssize_t k, i
        cdef int mask = 0, bit
        cdef unsigned char c, d
        for p in range(size):
            c = <unsigned char>text[p]
            # (text[size] is the terminating NUL: a one-byte literal is the only one that fits)
            d = <unsigned char>text[p + 1]
            if not self._second[c][d >> 3] & (1 << (d & 7)):
                continue
            for k in range(self._first[c], self._first[c + 1]):
                i = self._order[k]
                bit = 1 << self._pattern[i]
                length = self._length[i]
                if mask & bit or p + length > size or memcmp(text + p, self._literals[i], length) != 0:
                    continue
                end = p + length
                if not self._bounded[i] or (
                    (p == 0 or not _word_char(text[p - 1])) and (end == size or not _word_char(text[end]))
                ):
                    mask |= bit
        return mask

    def matches(self, str word not None):
        """A bit per pattern that matches the (lower-cased ASCII) word: bit ``n`` for pattern
        ``n``."""
        cdef bytes encoded = word.encode("ascii")
        return self.match(encoded, len(encoded))


# --- class verdicts -----------------------------------------------------------------------------------------

cdef struct _Name:
    const char* text  # NULL: an empty slot
    size_t length
    size_t hash


cdef inline bint _class_space(char c) noexcept:
    # what str.split() splits on, in ASCII
    return c == 32 or 9 <= c <= 13 or 28 <= c <= 31


cdef inline bint _ascii(const char* text) noexcept:
    if text is NULL:
        return True
    while text[0]:
        if <unsigned char>text[0] >= 128:
            return False
        text += 1
    return True


cdef class ClassRules:
    """``hints._classify`` for class and id values in ASCII, read in place: -1 when a bare
    ``.class`` or ``#id`` boilerplate selector matches, else the hint flags of the words (the
    class words but WordPress's ``category-``/``tag-`` ones, then the id words)."""

    cdef HintMatcher matcher
    cdef int flags_of[32]
    cdef list _keep
    cdef _Name* _classes
    cdef size_t _classes_mask
    cdef _Name* _ids
    cdef size_t _ids_mask

    def __cinit__(self, HintMatcher matcher not None, tuple flags_of not None, classes, ids):
        cdef int i
        self.matcher = matcher
        if len(flags_of) != 32:
            raise ValueError("a flag for each of the 32 combinations of five patterns")
        for i in range(32):
            self.flags_of[i] = flags_of[i]
        self._keep = []
        self._classes = self._table(classes, &self._classes_mask)
        self._ids = self._table(ids, &self._ids_mask)

    cdef _Name* _table(self, names, size_t* mask) except NULL:
        cdef size_t size = 16, slot, h
        cdef _Name* table
        while size < 2 * len(names) + 2:
            size *= 2
        table = <_Name*>calloc(size, sizeof(_Name))
        if table is NULL:
            raise MemoryError()
        mask[0] = size - 1
        for name in names:
            encoded = (<str>name).encode("utf-8")
            self._keep.append(encoded)
            h = _hash_bytes(encoded, len(encoded))
            slot = h & mask[0]
            while table[slot].text is not NULL:
                slot = (slot + 1) & mask[0]
            table[slot].text = <const char*>(<bytes>encoded)
            table[slot].length = len(encoded)
            table[slot].hash = h
        return table

    def __dealloc__(self):
        free(self._classes)
        free(self._ids)

    cdef bint _has(self, _Name* table, size_t mask, const char* text, size_t length) noexcept:
        cdef size_t h = _hash_bytes(text, length)
        cdef size_t slot = h & mask
        while table[slot].text is not NULL:
            if table[slot].hash == h and table[slot].length == length and memcmp(table[slot].text, text, length) == 0:
                return True
            slot = (slot + 1) & mask
        return False

    cdef int _words(self, const char* text, bint classes) noexcept:
        # the flags of the words of a class (or id) value; -1 when a class word is a selector's
        cdef int flags = 0
        cdef size_t start, end = 0
        cdef char lowered[65]  # a word and its NUL (the matcher reads one byte past a position)
        cdef size_t i, n
        while True:
            while text[end] and _class_space(text[end]):
                end += 1
            if not text[end]:
                return flags
            start = end
            while text[end] and not _class_space(text[end]):
                end += 1
            n = end - start
            if classes:
                if self._has(self._classes, self._classes_mask, text + start, n):
                    return -1
                if (n >= 9 and memcmp(text + start, b"category-", 9) == 0) or (
                    n >= 4 and memcmp(text + start, b"tag-", 4) == 0
                ):
                    continue
            if n > 64:
                return -2  # a word this long: Python reads it
            for i in range(n):
                lowered[i] = text[start + i] + 32 if 65 <= text[start + i] <= 90 else text[start + i]
            lowered[n] = 0
            flags |= self.flags_of[self.matcher.match(lowered, n)]

    cdef int classify(self, const char* cls, const char* ident) noexcept:
        """The verdict for a class and an id value (NULL: no such attribute); -2 when one is
        not ASCII (Python decides those)."""
        cdef int flags = 0, found
        if not _ascii(cls) or not _ascii(ident):
            return -2
        if cls is not NULL and cls[0]:
            found = self._words(cls, True)
            if found < 0:
                return found
            flags = found
        if ident is not NULL:
            if self._has(self._ids, self._ids_mask, ident, strlen(ident)):
                return -1
            found = self._words(ident, False)
            if found < 0:
                return found
            flags |= found
        return flags

    def __call__(self, cls, ident):
        """:meth:`classify` for ``str`` values (None: no attribute); None when Python decides."""
        cdef bytes c = cls.encode("utf-8", "surrogatepass") if cls is not None else None
        cdef bytes i = ident.encode("utf-8", "surrogatepass") if ident is not None else None
        if (c is not None and b"\0" in c) or (i is not None and b"\0" in i):
            return None
        found = self.classify(<const char*>c if c is not None else NULL, <const char*>i if i is not None else NULL)
        return None if found == -2 else found
