<#
.SYNOPSIS
  Builds Balanslistan for Windows: the one-folder bundle dist\tracker (tracker.exe and
  Balanslistan.exe) and the installer dist\Balanslistan-<version>-setup.exe.

.DESCRIPTION
  The Windows counterpart of packaging/build.sh.  Creates its own virtual environment
  (packaging\.venv), installs the package with PyInstaller, runs packaging\tracker.spec,
  smoke-tests the bundle with a PATH that holds no Python (tracker.exe --version and
  tracker.exe extract on a sample PDF), then compiles packaging\windows\balanslistan.iss
  with Inno Setup 6, passing the package version as /DAppVersion.

  Needs: Python 3.11 or newer (python.org installer; the "py" launcher is used) and, for
  the installer, Inno Setup 6.3 or newer (ISCC.exe).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -Clean -NoInstaller
#>
param(
  # Recreate the build environment from scratch.
  [switch]$Clean,
  # Build and test the bundle only, no installer.
  [switch]$NoInstaller,
  # The Python used to create the build environment.
  [string]$Python = "py -3",
  # Full path of ISCC.exe when it is not in the usual places.
  [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
$repo = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $repo
$start = Get-Date
$venv = Join-Path $repo "packaging\.venv"
$vpy = Join-Path $venv "Scripts\python.exe"
$logs = Join-Path $repo "build\packaging"
New-Item -ItemType Directory -Force -Path $logs | Out-Null

function Say([string]$msg) { Write-Host "==> $msg" }

# Native programs report failure through their exit code, which PowerShell does not turn
# into an error by itself.
function Invoke-Native([string]$what, [scriptblock]$cmd) {
  & $cmd
  if ($LASTEXITCODE -ne 0) { throw "$what misslyckades (kod $LASTEXITCODE)" }
}

if ($Clean -and (Test-Path $venv)) {
  Say "Tar bort byggmiljön $venv"
  Remove-Item -Recurse -Force $venv
}
if (-not (Test-Path $vpy)) {
  Say "Skapar byggmiljön $venv"
  $exe, $pyArgs = $Python -split " "
  Invoke-Native "venv" { & $exe @pyArgs -m venv $venv }
}

$pipLog = Join-Path $logs "pip.log"
Say "Installerar paketet, PyInstaller och reportlab (för test-PDF:en)"
Invoke-Native "pip" { & $vpy -m pip install --disable-pip-version-check --upgrade pip *> $pipLog }
# setuptools' in-tree build\lib keeps files of deleted modules: start it afresh.
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $repo "build\lib")
Invoke-Native "pip" { & $vpy -m pip install --disable-pip-version-check ".[packaging]" "reportlab>=4.0,<6" *>> $pipLog }
Invoke-Native "pip" { & $vpy -m pip install --disable-pip-version-check --no-deps --force-reinstall . *>> $pipLog }
$version = (& $vpy -c "import tracker; print(tracker.__version__)").Trim()
Say "Version $version"

Say "Bygger dist\tracker med PyInstaller"
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $repo "dist\tracker"), (Join-Path $repo "build\pyinstaller")
$pyiStart = Get-Date
$pyiLog = Join-Path $logs "pyinstaller.log"
Invoke-Native "PyInstaller" {
  & (Join-Path $venv "Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\tracker.spec *> $pyiLog
}
$pyiSeconds = [int]((Get-Date) - $pyiStart).TotalSeconds
$bundle = Join-Path $repo "dist\tracker\tracker.exe"
if (-not (Test-Path $bundle)) { throw "dist\tracker\tracker.exe saknas efter bygget" }

# --- Smoke test, with no Python on PATH and a throwaway data folder --------------------
$tmp = Join-Path ([IO.Path]::GetTempPath()) ("balanslistan-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $tmp | Out-Null
$saved = @{ PATH = $env:PATH; TRACKER_DATA_DIR = $env:TRACKER_DATA_DIR; TRACKER_DB = $env:TRACKER_DB }
try {
  $sample = (Get-ChildItem "tests\data\samples\002_*.txt" | Select-Object -First 1).FullName
  $pdf = Join-Path $tmp "sample.pdf"
  Invoke-Native "test-PDF" { & $vpy packaging\sample_pdf.py $sample $pdf | Out-Null }

  $env:PATH = "$env:SystemRoot\System32;$env:SystemRoot"
  $env:TRACKER_DATA_DIR = Join-Path $tmp "data"
  Remove-Item Env:TRACKER_DB -ErrorAction SilentlyContinue

  Say "Röktest: --version"
  $got = (& $bundle --version | Out-String).Trim()
  if ($LASTEXITCODE -ne 0 -or $got -ne "tracker $version") {
    throw "tracker.exe --version gav '$got', väntat 'tracker $version'"
  }
  Say "Röktest: extract på en PDF"
  $json = Join-Path $tmp "extract.json"
  & $bundle extract $pdf --json | Out-File -Encoding utf8 $json
  if ($LASTEXITCODE -ne 0) { throw "tracker.exe extract misslyckades i paketet" }
  $data = Get-Content -Raw -Encoding utf8 $json | ConvertFrom-Json
  if ($data.document.format -ne "pdf" -or $data.items.Count -lt 1) {
    throw "tracker.exe extract gav inte väntad JSON"
  }
  Say ("    {0} sidor, {1} punkter" -f $data.document.pages, $data.items.Count)
} finally {
  foreach ($k in $saved.Keys) {
    if ($null -eq $saved[$k]) { Remove-Item "Env:$k" -ErrorAction SilentlyContinue }
    else { Set-Item "Env:$k" $saved[$k] }
  }
  Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $tmp
}

$sizeMb = [int]((Get-ChildItem -Recurse -File "dist\tracker" | Measure-Object Length -Sum).Sum / 1MB)
if ($sizeMb -ge 250) { throw "paketet är $sizeMb MB, gränsen är 250 MB" }

# --- Installer ---------------------------------------------------------------------------
if (-not $NoInstaller) {
  if (-not $Iscc) {
    $found = Get-Command iscc.exe -ErrorAction SilentlyContinue
    $candidates = @(
      $(if ($found) { $found.Source }),
      (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
      (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
      (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    ) | Where-Object { $_ -and (Test-Path $_) }
    $Iscc = $candidates | Select-Object -First 1
  }
  if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) hittades inte; ange -Iscc eller använd -NoInstaller" }
  Say "Bygger installationsprogrammet med $Iscc"
  Invoke-Native "ISCC" { & $Iscc /Q "/DAppVersion=$version" packaging\windows\balanslistan.iss }
  Say "Klart: dist\Balanslistan-$version-setup.exe"
}

Write-Output "version: $version"
Write-Output "bundle_size_mb: $sizeMb"
Write-Output "pyinstaller_seconds: $pyiSeconds"
Write-Output ("build_seconds: {0}" -f [int]((Get-Date) - $start).TotalSeconds)
