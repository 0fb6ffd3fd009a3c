"""One headless LibreOffice for tests and scripts: throwaway profile, .oxt install, clean kill.

The only place that knows how to start soffice for vnpolicy. Used by calc_check.py (golden
spreadsheets, example templates) and by scripts/run-example.sh.

Facts this relies on (../../../shared/design/UNO-NOTES.md, "Installing for tests"):
- unopkg refuses a per-user install as root, so when we are root both unopkg and soffice run
  as an unprivileged uid (65534) on a profile directory that uid owns;
- the Python with the `uno` module is /usr/bin/python3 (run this file with it);
- Calc is driven over a loopback socket, so the uid of soffice does not matter to us.

Usage:
    with Office(oxt="build/vnpolicy.oxt", timeout=300) as office:
        doc = office.load("examples/compensation.fods")
        doc.calculateAll()
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

try:
    import uno  # noqa: F401  (provided by python3-uno for /usr/bin/python3)
    from com.sun.star.beans import PropertyValue
    from com.sun.star.connection import NoConnectException
except ImportError:  # pragma: no cover - message for the wrong interpreter
    sys.stderr.write(
        "error: the Python module 'uno' is missing; run this with /usr/bin/python3 "
        "(Debian package python3-uno), not %s\n" % sys.executable
    )
    raise

NOBODY = 65534
SOFFICE = os.environ.get("VNPOLICY_SOFFICE", "soffice")
UNOPKG = os.environ.get("VNPOLICY_UNOPKG", "unopkg")


class OfficeError(RuntimeError):
    """soffice or unopkg failed, died or timed out."""


def _log(msg: str) -> None:
    sys.stderr.write("[office] %s\n" % msg)
    sys.stderr.flush()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - exists, other uid (we are not root)
        return True


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)  # by process-group id: only what we started
    except ProcessLookupError:
        pass


def _wait_group(pgid: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while _group_alive(pgid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if _group_alive(pgid):
        _log("unopkg's helper process did not exit in %.0f s: killing it" % timeout)
        _kill_group(pgid)
        time.sleep(0.5)


def _prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Office:
    """A private headless soffice with an optional .oxt installed in a throwaway profile.

    timeout: seconds for the whole session; when it runs out soffice is killed (the caller's
    next UNO call then fails and `died` is True).
    """

    def __init__(self, oxt: str | os.PathLike | None = None, timeout: float = 300.0,
                 keep_profile: bool = False):
        self.oxt = Path(oxt).resolve() if oxt else None
        self.timeout = timeout
        self.keep_profile = keep_profile
        self.tmp: Path | None = None
        self.proc: subprocess.Popen | None = None
        self.ctx = None
        self.desktop = None
        self.timed_out = False
        self._watchdog: threading.Timer | None = None
        self._docs = []

    # ---- process plumbing -------------------------------------------------------------
    def _as_user(self) -> list[str]:
        """Prefix that drops root to uid 65534 (unopkg refuses per-user installs as root)."""
        if os.geteuid() != 0:
            return []
        return ["setpriv", "--reuid=%d" % NOBODY, "--regid=%d" % NOBODY, "--clear-groups"]

    def _env(self) -> dict:
        env = dict(os.environ)
        env["HOME"] = str(self.tmp / "home")
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        env["SAL_USE_VCLPLUGIN"] = "svp"  # headless, no X
        return env

    def _profile_url(self) -> str:
        return (self.tmp / "profile").as_uri()

    def _make_tmp(self) -> None:
        self.tmp = Path(tempfile.mkdtemp(prefix="vnpolicy-office-"))
        for sub in ("home", "profile", "docs"):
            (self.tmp / sub).mkdir()
        if os.geteuid() == 0:
            for p in (self.tmp, self.tmp / "home", self.tmp / "profile", self.tmp / "docs"):
                os.chown(p, NOBODY, NOBODY)
        os.chmod(self.tmp, 0o755)

    def _unopkg(self, *args: str) -> tuple[int, str]:
        """Run unopkg in its own process group with output to a file (unopkg may leave a
        helper soffice.bin behind holding inherited pipes open); kill that group afterwards."""
        assert self.tmp is not None
        log = self.tmp / "unopkg.log"
        cmd = self._as_user() + [UNOPKG, *args, "-env:UserInstallation=" + self._profile_url()]
        with open(log, "wb") as out:
            proc = subprocess.Popen(cmd, env=self._env(), cwd=self.tmp, stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
            try:
                rc = proc.wait(timeout=min(180.0, self.timeout))
            except subprocess.TimeoutExpired:
                rc = None
            finally:
                if rc is None:
                    _kill_group(proc.pid)
                proc.wait()
                # unopkg runs its work in a soffice.bin of its own (same process group) that
                # must finish writing the profile: wait for it, kill it only if it hangs.
                _wait_group(proc.pid, 60.0)
        text = log.read_text(errors="replace")
        if rc is None:
            raise OfficeError("unopkg %s timed out:\n%s" % (args[0], text))
        return rc, text

    def _init_profile(self) -> None:
        """Let soffice create the profile once before unopkg touches it."""
        assert self.tmp is not None
        cmd = self._as_user() + [SOFFICE, "--headless", "--invisible", "--nologo", "--norestore",
                                 "--terminate_after_init",
                                 "-env:UserInstallation=" + self._profile_url()]
        with open(self.tmp / "init.log", "wb") as out:
            proc = subprocess.Popen(cmd, env=self._env(), cwd=self.tmp, stdin=subprocess.DEVNULL,
                                    stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
            try:
                proc.wait(timeout=min(120.0, self.timeout))
            except subprocess.TimeoutExpired:
                _kill_group(proc.pid)
                proc.wait()
                raise OfficeError("soffice --terminate_after_init timed out")
            _wait_group(proc.pid, 30.0)

    def _install_oxt(self) -> None:
        assert self.oxt is not None and self.tmp is not None
        if not self.oxt.is_file():
            raise OfficeError("extension not found: %s (build it first: cmake --build build)"
                              % self.oxt)
        local = self.tmp / self.oxt.name  # readable by uid 65534 whatever the build dir's mode
        shutil.copyfile(self.oxt, local)
        os.chmod(local, 0o644)
        _log("installing %s" % self.oxt)
        self._init_profile()
        rc, text = self._unopkg("add", "--suppress-license", str(local))
        if rc != 0:
            raise OfficeError("unopkg add failed (exit %d):\n%s" % (rc, text))
        rc, text = self._unopkg("list")
        if rc != 0 or "Identifier" not in text:
            raise OfficeError("unopkg list does not show the extension (exit %d):\n%s"
                              % (rc, text))

    def _start_soffice(self) -> None:
        port = _free_port()
        accept = "socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port
        cmd = self._as_user() + [SOFFICE, "--headless", "--invisible", "--nologo",
                                 "--norestore", "--nodefault", "--nolockcheck",
                                 "--nofirststartwizard",
                                 "-env:UserInstallation=" + self._profile_url(),
                                 "--accept=" + accept]
        _log("starting soffice on port %d" % port)
        self.proc = subprocess.Popen(cmd, env=self._env(), cwd=self.tmp,
                                     stdin=subprocess.DEVNULL,
                                     stdout=open(self.tmp / "soffice.log", "wb"),
                                     stderr=subprocess.STDOUT, start_new_session=True)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + min(120.0, self.timeout)
        while True:
            if self.proc.poll() is not None:
                raise OfficeError("soffice exited with %s before accepting connections; log:\n%s"
                                  % (self.proc.returncode, self.log_tail()))
            try:
                self.ctx = resolver.resolve(
                    "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port)
                break
            except NoConnectException:
                if time.monotonic() > deadline:
                    raise OfficeError("soffice did not accept a connection in time")
                time.sleep(0.25)
        self.desktop = self.ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", self.ctx)

    def _on_timeout(self) -> None:
        self.timed_out = True
        _log("timeout of %.0f s reached: killing soffice" % self.timeout)
        self._kill()

    def _kill(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)  # soffice.bin and oosplash, by group id
            except ProcessLookupError:
                pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass

    # ---- public ------------------------------------------------------------------------
    def start(self) -> "Office":
        self._watchdog = threading.Timer(self.timeout, self._on_timeout)
        self._watchdog.daemon = True
        self._watchdog.start()
        self._make_tmp()
        if self.oxt is not None:
            self._install_oxt()
        self._start_soffice()
        return self

    @property
    def died(self) -> bool:
        """soffice is gone (crashed, or killed by the timeout)."""
        return self.proc is None or self.proc.poll() is not None

    def log_tail(self, n: int = 40) -> str:
        try:
            lines = (self.tmp / "soffice.log").read_text(errors="replace").splitlines()
            return "\n".join(lines[-n:])
        except OSError:
            return ""

    def load(self, path: str | os.PathLike):
        """Open a copy of `path` (so no lock file lands next to the original), hidden."""
        src = Path(path).resolve()
        dst = self.tmp / "docs" / ("%d-%s" % (len(self._docs), src.name))
        shutil.copyfile(src, dst)
        os.chmod(dst, 0o644)
        doc = self.desktop.loadComponentFromURL(
            dst.as_uri(), "_blank", 0, (_prop("Hidden", True), _prop("ReadOnly", True)))
        if doc is None:
            raise OfficeError("LibreOffice could not open %s" % src)
        self._docs.append(doc)
        return doc

    def create_calc(self):
        doc = self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                (_prop("Hidden", True),))
        self._docs.append(doc)
        return doc

    def store(self, doc, path: str | os.PathLike, filter_name: str) -> None:
        """Store `doc` to `path` (written by soffice into the temp dir, then copied)."""
        dst = Path(path).resolve()
        tmp_out = self.tmp / "docs" / ("out-" + dst.name)
        doc.storeToURL(tmp_out.as_uri(), (_prop("FilterName", filter_name),))
        shutil.copyfile(tmp_out, dst)

    def close(self) -> None:
        if self._watchdog is not None:
            self._watchdog.cancel()
        if self.desktop is not None and not self.died:
            for doc in self._docs:
                try:
                    doc.close(True)
                except Exception:  # noqa: BLE001 - best effort on the way out
                    pass
            try:
                self.desktop.terminate()
            except Exception:  # noqa: BLE001 - terminate() drops the bridge: expected
                pass
            if self.proc is not None:
                try:
                    self.proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    pass
        self._kill()
        self.desktop = None
        self.ctx = None
        if self.tmp is not None and not self.keep_profile:
            shutil.rmtree(self.tmp, ignore_errors=True)
        elif self.tmp is not None:
            _log("profile kept in %s" % self.tmp)

    def __enter__(self) -> "Office":
        try:
            return self.start()
        except BaseException:
            self.close()
            raise

    def __exit__(self, *exc) -> None:
        self.close()


# ---- small cell helpers shared by the scripts -----------------------------------------------
def cell_name(col: int, row: int) -> str:
    """(0, 0) -> 'A1'."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return "%s%d" % (letters, row + 1)


def used_area(sheet):
    """(last_col, last_row), 0-based, of the sheet's used area."""
    cur = sheet.createCursor()
    cur.gotoEndOfUsedArea(False)
    addr = cur.getRangeAddress()
    return addr.EndColumn, addr.EndRow


def cell_text(cell) -> str:
    """What the cell shows: its formatted string, or 'Err:NNN' for an error."""
    err = cell.getError()
    if err:
        return "Err:%d" % err
    return cell.getString()
