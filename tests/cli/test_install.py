"""`pip install .` as a user does it: the wheel carries the default model and the annotation
guide, `stance predict` works from any directory, and corpus commands say there is no corpus."""

import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

from conftest import REPO, SEED_TXT


def test_package_list_names_every_package():
    """pyproject.toml lists packages explicitly (two are mapped data folders); none is missing."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    found = {".".join(p.parent.relative_to(REPO).parts)
             for top in ("classifier", "training") for p in (REPO / top).rglob("__init__.py")}
    assert found <= set(config["packages"])
    for package, folder in config["package-dir"].items():
        assert package in config["packages"] and (REPO / folder).is_dir()


def test_corpus_commands_outside_a_checkout(monkeypatch):
    """With no data/gold beside the package: one usage line, exit 2 (in-process check)."""
    import classifier.settings as settings

    monkeypatch.setattr(settings, "DEFAULT_DATA", Path("/nonexistent/data/gold"))
    from classifier.errors import UserError

    with pytest.raises(UserError) as info:
        settings.default_corpus()
    assert info.value.exit_code == 2
    assert info.value.message == "no corpus here: pass annotation files or run inside a checkout"


@pytest.mark.integration
def test_wheel_install_predicts_from_any_directory(tmp_path):
    # Build from a copy of the sources, so the checkout gets no build/ or egg-info.
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("classifier", "training", "docs", "models"):
        shutil.copytree(REPO / name, src / name, ignore=ignore)
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "--no-index", "-w", str(dist), str(src)], check=True, capture_output=True, timeout=600)
    wheel = next(dist.glob("stance_classifier-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "classifier/default_model/adapter_model.safetensors" in names
    assert "classifier/default_model/config.json" in names
    assert "classifier/docs/annotation-guide.md" in names

    # A fresh venv with the wheel; its dependencies come from this venv's site-packages (a
    # plain path, so this venv's editable install of the checkout is not seen).
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=300)
    py = venv / "bin" / "python"
    site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "deps-from-dev-venv.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps",
                    "--no-index", str(wheel)], check=True, capture_output=True, timeout=600)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    article = elsewhere / "article.txt"
    shutil.copy2(SEED_TXT, article)
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": str(tmp_path), "HF_HUB_OFFLINE": "1"}
    where = subprocess.run([str(py), "-c", "import classifier.settings as s; print(s.__file__, s.DEFAULT_MODEL)"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, check=True).stdout
    assert str(venv) in where and "default_model" in where, where
    proc = subprocess.run([str(venv / "bin" / "stance"), "predict", "--format", "jsonl", "article.txt"],
                          cwd=elsewhere, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 15
    proc = subprocess.run([str(venv / "bin" / "stance"), "validate"], cwd=elsewhere, env=env,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "stance: error: no corpus here: pass annotation files or run inside a checkout"
