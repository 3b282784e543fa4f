#ifndef SIFT_CEDITLINE_SHIM_H
#define SIFT_CEDITLINE_SHIM_H
// libedit's el_wset/el_wget/history_w are variadic, which Swift cannot call.
// Each inline function below fixes one argument list so Swift sees a plain C function.
#include <stdio.h>
#include <wchar.h>
#include <locale.h>
#include <histedit.h>

// stdio's streams, for Swift 6 code that may not touch C globals directly.
static inline FILE *sift_stdin(void) { return stdin; }
static inline FILE *sift_stdout(void) { return stdout; }
static inline FILE *sift_stderr(void) { return stderr; }

static inline int sift_el_set_prompt(EditLine *el, wchar_t *(*fn)(EditLine *)) {
    return el_wset(el, EL_PROMPT, fn);
}
static inline int sift_el_set_editor(EditLine *el, const wchar_t *mode) {
    return el_wset(el, EL_EDITOR, mode);
}
static inline int sift_el_set_signal(EditLine *el, int on) {
    return el_wset(el, EL_SIGNAL, on);
}
static inline int sift_el_set_clientdata(EditLine *el, void *data) {
    return el_wset(el, EL_CLIENTDATA, data);
}
static inline void *sift_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_wget(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int sift_el_set_history(EditLine *el, HistoryW *h) {
    return el_wset(el, EL_HIST, history_w, h);
}
static inline int sift_el_addfn(EditLine *el, const wchar_t *name, const wchar_t *help,
                                unsigned char (*fn)(EditLine *, int)) {
    return el_wset(el, EL_ADDFN, name, help, fn);
}
static inline int sift_el_bind(EditLine *el, const wchar_t *key, const wchar_t *fn) {
    return el_wset(el, EL_BIND, key, fn, NULL);
}
static inline int sift_el_set_terminal_size_hint(EditLine *el) { return el_wset(el, EL_REFRESH); }

static inline int sift_history_setsize(HistoryW *h, HistEventW *ev, int size) {
    return history_w(h, ev, H_SETSIZE, size);
}
static inline int sift_history_setunique(HistoryW *h, HistEventW *ev, int unique) {
    return history_w(h, ev, H_SETUNIQUE, unique);
}
static inline int sift_history_enter(HistoryW *h, HistEventW *ev, const wchar_t *line) {
    return history_w(h, ev, H_ENTER, line);
}
static inline int sift_history_first(HistoryW *h, HistEventW *ev) {
    return history_w(h, ev, H_FIRST);
}
static inline int sift_history_next(HistoryW *h, HistEventW *ev) {
    return history_w(h, ev, H_NEXT);
}
static inline int sift_history_last(HistoryW *h, HistEventW *ev) {
    return history_w(h, ev, H_LAST);
}
static inline int sift_history_prev(HistoryW *h, HistEventW *ev) {
    return history_w(h, ev, H_PREV);
}
static inline int sift_history_clear(HistoryW *h, HistEventW *ev) {
    return history_w(h, ev, H_CLEAR);
}
static inline int sift_el_get_cursor(EditLine *el, const wchar_t **buffer, int *cursor, int *length) {
    const LineInfoW *li = el_wline(el);
    if (!li) return -1;
    *buffer = li->buffer;
    *cursor = (int)(li->cursor - li->buffer);
    *length = (int)(li->lastchar - li->buffer);
    return 0;
}

/* Return codes of editor functions, for Swift. */
static inline unsigned char sift_cc_refresh(void) { return CC_REFRESH; }
static inline unsigned char sift_cc_redisplay(void) { return CC_REDISPLAY; }
static inline unsigned char sift_cc_error(void) { return CC_ERROR; }
#endif
