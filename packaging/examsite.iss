; Inno Setup 6 script: the Windows installer of ExamSite (考点考务).
;
;   iscc /DAppVersion=0.1.0 packaging\examsite.iss        (after PyInstaller built dist\ExamSite)
;
; Installs per machine into {autopf}\ExamSite with Start-menu and (optional, ticked) desktop
; shortcuts. User data never lives here: databases, keys and logs are in the user's
; %LOCALAPPDATA%\ExamSite (platformdirs), which this installer neither writes nor deletes — an
; upgrade (same AppId) replaces only the program files, and uninstalling leaves the data.
;
; Languages: English (built in) and Simplified Chinese. ChineseSimplified.isl is one of Inno
; Setup's unofficial translations: download it from
; https://jrsoftware.org/files/istrans/ (or https://github.com/jrsoftware/issrc/tree/main/Files/Languages/Unofficial)
; into Inno's Languages\ folder; the CI workflow does that before running iscc.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "ExamSite"
#define AppExe "examsite.exe"
#define SourceDir "..\dist\ExamSite"

[Setup]
; Never change the AppId: it is how an upgrade finds the installed version.
AppId={{6F1B8E2A-3C4D-4B5E-9A7F-0E2D4C6B8A10}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=ExamSite
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\dist\installer
OutputBaseFilename=ExamSite-{#AppVersion}-setup
SetupIconFile=..\resources\icons\examsite.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DataKept=考务数据保存在您的用户文件夹中（%LOCALAPPDATA%\ExamSite），升级或卸载程序都不会删除它。
english.DataKept=Exam data stays in your user folder (%LOCALAPPDATA%\ExamSite); upgrading or uninstalling the program never deletes it.
chinesesimplified.CliShortcut=考点考务命令行
english.CliShortcut=ExamSite command line

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole program folder's bundled libraries (stale files from an older
; build must not be picked up). Only {app}\_internal: user data is never under {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\{cm:CliShortcut}"; Filename: "{cmd}"; Parameters: "/k ""{app}\examsite-cli.exe"" --help"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may have put beside the executable; never %LOCALAPPDATA%.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurPageChanged(CurPageID: Integer);
begin
  if CurPageID = wpReady then
    WizardForm.ReadyMemo.Lines.Add(#13#10 + CustomMessage('DataKept'));
end;
