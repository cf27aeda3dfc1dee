/* The inner loop of madoguchi.search.tokens.index_tokens, in C.
 *
 * join_tokens(text) takes text already normalised (NFKC, casefolded) and returns the
 * space-separated index tokens: each run of CJK characters as its overlapping bigrams
 * followed by its last character, each run of other letters and digits as one word.
 * It gives exactly what the pure-Python _join_tokens in tokens.py gives (a property
 * test compares the two); the Python version is used when this module is not built.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Must match _CJK in tokens.py. */
static inline int
is_cjk(Py_UCS4 ch)
{
    return ch == 0x3005 || ch == 0x3006 || (ch >= 0x3040 && ch <= 0x30ff) ||
           (ch >= 0x31f0 && ch <= 0x31ff) || (ch >= 0x3400 && ch <= 0x4dbf) ||
           (ch >= 0x4e00 && ch <= 0x9fff) || (ch >= 0xf900 && ch <= 0xfaff);
}

/* [^\W_] of Python's re for str patterns: str.isalnum(). */
static inline int
is_word(Py_UCS4 ch)
{
    return Py_UNICODE_ISALNUM(ch);
}

static PyObject *
join_tokens(PyObject *module, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "join_tokens() takes a str");
        return NULL;
    }
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    /* Worst case: every character starts a bigram ("ab ") plus a last character. */
    Py_UCS4 *out = PyMem_Malloc(sizeof(Py_UCS4) * (size_t)(4 * length + 1));
    if (out == NULL) {
        return PyErr_NoMemory();
    }
    Py_ssize_t size = 0;
    Py_ssize_t i = 0;
    while (i < length) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (is_cjk(ch)) {
            Py_ssize_t end = i + 1;
            while (end < length && is_cjk(PyUnicode_READ(kind, data, end))) {
                end++;
            }
            for (Py_ssize_t j = i; j + 1 < end; j++) {
                if (size) {
                    out[size++] = ' ';
                }
                out[size++] = PyUnicode_READ(kind, data, j);
                out[size++] = PyUnicode_READ(kind, data, j + 1);
            }
            if (size) {
                out[size++] = ' ';
            }
            out[size++] = PyUnicode_READ(kind, data, end - 1);
            i = end;
        }
        else if (is_word(ch)) {
            if (size) {
                out[size++] = ' ';
            }
            while (i < length) {
                ch = PyUnicode_READ(kind, data, i);
                if (is_cjk(ch) || !is_word(ch)) {
                    break;
                }
                out[size++] = ch;
                i++;
            }
        }
        else {
            i++;
        }
    }
    PyObject *result = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, size);
    PyMem_Free(out);
    return result;
}

/* english_words(tokens): the set of tokens made of 4 or more ASCII lower-case letters
 * (the words worth stemming), from a space-separated token string; the same as
 * set(_ENGLISH_WORD.findall(tokens)) in tokens.py. */
static PyObject *
english_words(PyObject *module, PyObject *tokens)
{
    if (!PyUnicode_Check(tokens)) {
        PyErr_SetString(PyExc_TypeError, "english_words() takes a str");
        return NULL;
    }
    PyObject *words = PySet_New(NULL);
    if (words == NULL) {
        return NULL;
    }
    Py_ssize_t length = PyUnicode_GET_LENGTH(tokens);
    int kind = PyUnicode_KIND(tokens);
    const void *data = PyUnicode_DATA(tokens);
    Py_ssize_t start = 0;
    while (start < length) {
        Py_ssize_t end = start;
        int letters = 1;
        while (end < length) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, end);
            if (ch == ' ') {
                break;
            }
            if (ch < 'a' || ch > 'z') {
                letters = 0;
            }
            end++;
        }
        if (letters && end - start >= 4) {
            PyObject *word = PyUnicode_Substring(tokens, start, end);
            if (word == NULL || PySet_Add(words, word) < 0) {
                Py_XDECREF(word);
                Py_DECREF(words);
                return NULL;
            }
            Py_DECREF(word);
        }
        start = end + 1;
    }
    return words;
}

static PyMethodDef methods[] = {
    {"join_tokens", join_tokens, METH_O,
     "Index tokens of normalised text: CJK bigrams plus each run's last character, words."},
    {"english_words", english_words, METH_O,
     "The set of tokens of 4 or more ASCII lower-case letters in a token string."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "madoguchi.search._tokens", NULL, 0, methods,
};

PyMODINIT_FUNC
PyInit__tokens(void)
{
    return PyModule_Create(&module);
}
