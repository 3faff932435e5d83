import CDK
import CDKAssertions
import CDKEC2
import Testing

/// User data rendered as the AWS CDK renders it, after aws-ec2/test/userdata.test.ts.
@Suite struct UserDataTests {
    @Test func linuxUserDataStartsWithTheShebang() {
        let userData = EC2.UserData.forLinux()
        #expect(userData.render() == "#!/bin/bash")
        userData.addCommands("command1", "command2")
        #expect(userData.render() == "#!/bin/bash\ncommand1\ncommand2")
        let custom = EC2.UserData.forLinux(.init(shebang: "#!/usr/bin/python"))
        custom.addCommands("print(1)")
        #expect(custom.render() == "#!/usr/bin/python\nprint(1)")
    }

    @Test func linuxOnExitCommandsGoIntoATrapBeforeTheCommands() throws {
        let userData = EC2.UserData.forLinux()
        userData.addCommands("command1")
        try userData.addOnExitCommands("onexit1", "onexit2")
        #expect(userData.render() == "#!/bin/bash\nfunction exitTrap(){\nexitCode=$?\nonexit1\nonexit2\n}\ntrap exitTrap EXIT\ncommand1")
    }

    @Test func windowsUserDataIsAPowerShellBlock() throws {
        let userData = EC2.UserData.forWindows()
        #expect(userData.render() == "<powershell></powershell>")
        userData.addCommands("command1", "command2")
        #expect(userData.render() == "<powershell>command1\ncommand2</powershell>")
        let persisted = EC2.UserData.forWindows(.init(persist: true))
        persisted.addCommands("command1")
        try persisted.addOnExitCommands("onexit1")
        #expect(persisted.render() == "<powershell>trap {\n$success=($PSItem.Exception.Message -eq \"Success\")\nonexit1\nbreak\n}\ncommand1\nthrow \"Success\"</powershell><persist>true</persist>")
    }

    @Test func customUserDataIsTheContentOnly() throws {
        let userData = EC2.UserData.custom("#!/bin/sh\necho 1")
        userData.addCommands("echo 2")
        #expect(userData.render() == "#!/bin/sh\necho 1\necho 2")
        try expectError(message: "CustomUserData does not support addOnExitCommands") { try userData.addOnExitCommands("x") }
        try expectError(message: "CustomUserData does not support addExecuteFileCommand") { try userData.addExecuteFileCommand(filePath: "/tmp/x") }
    }

    @Test func executeFileCommandsPerOperatingSystem() throws {
        let linux = EC2.UserData.forLinux()
        try linux.addExecuteFileCommand(filePath: "/tmp/filename.sh", arguments: "arg1 arg2 -arg $variable")
        try linux.addExecuteFileCommand(filePath: "/tmp/plain.sh")
        #expect(linux.render() == "#!/bin/bash\nset -e\nchmod +x '/tmp/filename.sh'\n'/tmp/filename.sh' arg1 arg2 -arg $variable\nset -e\nchmod +x '/tmp/plain.sh'\n'/tmp/plain.sh'")
        let windows = EC2.UserData.forWindows()
        try windows.addExecuteFileCommand(filePath: "C:\\test\\filename.bat", arguments: "arg1 arg2")
        #expect(windows.render() == "<powershell>&'C:\\test\\filename.bat' arg1 arg2\nif (!$?) { Write-Error 'Failed to execute the file \"C:\\test\\filename.bat\"' -ErrorAction Stop }</powershell>")
    }

    @Test func unknownOperatingSystemsHaveNoDefault() throws {
        try expectError(message: "Cannot determine UserData for unknown operating system type") { try EC2.UserData.forOperatingSystem(.unknown) }
        #expect(try EC2.UserData.forOperatingSystem(.windows).render() == "<powershell></powershell>")
    }
}
