; Inno Setup 6 script: the Windows installer of Balanslistan, built from the one-folder
; bundle dist\tracker (packaging\tracker.spec).  packaging\windows\build.ps1 runs it as
;   iscc /DAppVersion=<tracker.__version__> packaging\windows\balanslistan.iss
; Without /DAppVersion the version is read from tracker.exe's version resource.
;
; Per-user install (default, no administrator rights) or per-machine install: chosen in a
; dialog, or on the command line with /CURRENTUSER or /ALLUSERS.
; Silent install for software distribution:
;   Balanslistan-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS
; Optional /DB="\\server\share\balanslista.db" sets TRACKER_DB (per user or machine-wide,
; following the install mode), so every user of the workstation opens that database file.
; Uninstall: Settings > Apps, or "{app}\unins000.exe" /VERYSILENT.  Users' databases in
; %LOCALAPPDATA%\Balanslistan are never removed.

#define AppName "Balanslistan"
#define AppPublisher "Balanslistan"
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\tracker"
#endif
#ifndef AppVersion
  #ifnexist AddBackslash(BundleDir) + "tracker.exe"
    #error "dist\tracker\tracker.exe saknas: bygg paketet först (build.ps1)."
  #endif
  #define AppVersion GetVersionNumbersString(AddBackslash(BundleDir) + "tracker.exe")
#endif
; The windowed launcher opens no console window; older bundles only have tracker.exe.
#ifexist AddBackslash(BundleDir) + "Balanslistan.exe"
  #define GuiExe "Balanslistan.exe"
#else
  #define GuiExe "tracker.exe"
#endif

[Setup]
; AppId identifies the program across versions (upgrades, uninstall): never change it.
AppId={{DF70EFCB-DC95-4776-A5BB-7C49639B29C0}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppComments=Balanslista för kommunala möten
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Relative paths in this section are relative to this script's folder.
OutputDir=..\..\dist
OutputBaseFilename=Balanslistan-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\balanslistan.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; TRACKER_DB from /DB= must reach new processes without a logoff.
ChangesEnvironment=yes
; Upgrades close a running Balanslistan first (Restart Manager), so files can be replaced.
CloseApplications=yes

[Languages]
; Swedish is an unofficial Inno Setup translation: used when Swedish.isl is placed next to
; this script or in the compiler's Languages folder, otherwise the wizard is in English.
#ifexist AddBackslash(SourcePath) + "Swedish.isl"
Name: "swedish"; MessagesFile: "Swedish.isl"
#else
  #ifexist AddBackslash(CompilerPath) + "Languages\Swedish.isl"
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
  #endif
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Remove the previous version's libraries before copying, so no stale file survives an upgrade.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Start-menu entry (per user or for all users, following the install mode).
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Comment: "Balanslista för kommunala möten"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; Shared database chosen at install time with /DB=... (see the header).
Root: HKCU; Subkey: "Environment"; ValueType: string; ValueName: "TRACKER_DB"; ValueData: "{param:DB}"; Flags: uninsdeletevalue; Check: WantsSharedDb and not IsAdminInstallMode
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: string; ValueName: "TRACKER_DB"; ValueData: "{param:DB}"; Flags: uninsdeletevalue; Check: WantsSharedDb and IsAdminInstallMode

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function WantsSharedDb: Boolean;
begin
  Result := Trim(ExpandConstant('{param:DB|}')) <> '';
end;
