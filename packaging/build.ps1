# Build the portable one-folder app of Elämäni peli on Windows and zip it; the same steps as
# packaging/build.sh. From a clone, in PowerShell:
#
#   python -m pip install ".[build]"          # PyInstaller, in the build extra
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
#
# → dist\Elamani-peli\ (Elamani-peli.exe: the game, no console window; elamani-peli-cli.exe:
# the commands, in a console) and dist\Elamani-peli-VERSION-windows-x86_64.zip.
# Not run on this project's machines (they are Linux): see docs/install.md.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
$dist = if ($env:DIST) { $env:DIST } else { "dist" }
$work = if ($env:WORK) { $env:WORK } else { "build\pyinstaller" }

& $python -c "import PyInstaller"
if ($LASTEXITCODE -ne 0) { Write-Error "PyInstaller is not installed: python -m pip install '.[build]'"; exit 2 }
$name = & $python packaging\bundle.py name
& $python -m PyInstaller --noconfirm --log-level WARN --distpath $dist --workpath $work packaging\elamani-peli.spec
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
$folder = Join-Path $dist "Elamani-peli"
Copy-Item packaging\LUEMINUT-README.txt $folder
& $python packaging\bundle.py sizes $folder
$zip = Join-Path $dist "$name.zip"
if (Test-Path $zip) { Remove-Item $zip }
& $python packaging\bundle.py zip $folder $zip
exit $LASTEXITCODE
