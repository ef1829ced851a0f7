; Inno Setup 6 script for SMTP Doctor (Windows x64). packaging/build.py runs it as
;   iscc /DAppVersion=0.1.0 /DSourceDir=packaging\dist\smtp-doctor ^
;        /DIconFile=packaging\build\icons\app.ico /Opackaging\dist ^
;        /FSMTP-Doctor-0.1.0-windows-x64-setup packaging\windows\smtp-doctor.iss
;
; Installs per user without administrator rights (into %LOCALAPPDATA%\Programs\SMTP Doctor) by
; default; the first page lets someone with admin rights install for all users instead. Adds a
; Start-menu entry (and optionally a desktop icon) and registers an uninstaller in
; Settings > Apps. Settings and profiles in the user's profile are left on uninstall.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z ...
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\smtp-doctor"
#endif
#ifndef IconFile
  #define IconFile "..\build\icons\app.ico"
#endif

#define AppName "SMTP Doctor"
#define AppExe "smtp-doctor.exe"

[Setup]
; Keep this AppId for ever: upgrades and the uninstaller find earlier installs by it.
AppId={{8C1E6F2A-3B5D-4E7F-9A10-5D2C3B4A6E71}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SMTP Doctor
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
; Per-user install, no UAC prompt; {autopf} is %LOCALAPPDATA%\Programs in that mode.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile={#IconFile}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Close a running copy before files are replaced (upgrade, uninstall).
CloseApplications=yes
RestartApplications=no
OutputDir=..\dist
OutputBaseFilename=SMTP-Doctor-{#AppVersion}-windows-x64-setup

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale: stale files from an older version must go.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Find out why your mail (SMTP) settings don't work"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the app may leave beside itself (none today): the folder goes when empty.
Type: dirifempty; Name: "{app}"
