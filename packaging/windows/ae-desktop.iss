; Inno Setup script for AE Desktop on Windows: a per-user installer, no administrator rights.
; Build on Windows after `make bundle` (which leaves the app in dist\AE Desktop\):
;   iscc /DAppVersion=0.1.0 packaging\windows\ae-desktop.iss
; The installer is written to dist\AE-Desktop-<version>-windows-x64-setup.exe.
; AppVersion defaults to the package's version; tests/unit/test_packaging.py keeps them equal.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "AE Desktop"
#define AppExe "ae-desktop.exe"
#define Bundle "..\..\dist\AE Desktop"

[Setup]
; Never change AppId: Windows finds the installed app (upgrade, uninstall) by it.
AppId={{6F1C2B8E-4D3A-4E8B-9C51-AE0DE5C70001}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
; Per user, in %LOCALAPPDATA%\Programs: no administrator rights, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=..\..\build\icons\ae-desktop.ico
OutputDir=..\..\dist
OutputBaseFilename=AE-Desktop-{#AppVersion}-windows-x64-setup
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app holds the database open: ask to close it before replacing or removing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only what [Files] and [Icons] installed. The user's data lives in
; %LOCALAPPDATA%\AE Desktop (the database, backups, logs and settings), which this script
; never names, so uninstalling keeps it; there is deliberately no [UninstallDelete] section.
